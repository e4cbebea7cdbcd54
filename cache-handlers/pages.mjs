// The cache of prerendered pages (next.config.ts `cacheHandler`): Next's own file-system and
// memory cache, checking first for purges made on other instances (shared-tags.mjs). A page
// stored whole carries the hashes of its inline scripts and its ETag (static-scripts.mjs).
import { createRequire } from "node:module";
import { cacheDisabled, pullPurges, pushPurges } from "./shared-tags.mjs";
import { SCRIPT_HASHES_HEADER, storedPageHeaders } from "./static-scripts.mjs";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class SharedPurgesPageCache extends FileSystemCache {
  async get(...args) {
    if (cacheDisabled) return null;
    await pullPurges();
    const entry = await super.get(...args);
    // Pages prerendered by the build (the 404 page) are read from disk, never set here.
    withStoredHeaders(entry?.value);
    return entry;
  }

  async set(key, data, ctx) {
    if (cacheDisabled) return;
    // The same object is what the request that rendered it sends, so that response carries them too.
    withStoredHeaders(data);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await pushPurges(typeof tags === "string" ? [tags] : tags);
  }
}

/** A page stored whole gets its inline scripts' hashes and its ETag, once (the memory cache keeps the object). */
function withStoredHeaders(value) {
  if (value?.kind !== "APP_PAGE" || value.postponed || !value.html) return;
  if (value.headers?.[SCRIPT_HASHES_HEADER] !== undefined) return;
  const html =
    typeof value.html === "string" ? value.html : Buffer.isBuffer(value.html) ? value.html.toString("utf8") : null;
  if (html === null) return;
  value.headers = { ...value.headers, ...storedPageHeaders(html) };
}
