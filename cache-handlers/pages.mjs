// The cache of prerendered pages (next.config.ts `cacheHandler`): Next's own file-system and
// memory cache, checking first for purges made on other instances (shared-tags.mjs).
import { createRequire } from "node:module";
import { pullPurges, pushPurges } from "./shared-tags.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class SharedPurgesPageCache extends FileSystemCache {
  async get(...args) {
    await pullPurges();
    return super.get(...args);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await pushPurges(typeof tags === "string" ? [tags] : tags);
  }
}
