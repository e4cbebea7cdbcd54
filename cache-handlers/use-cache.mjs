// The "use cache" handler (next.config.ts `cacheHandlers.default`): Next's own in-memory
// handler, taking in purges made on other instances before each request's first cached
// read, and sending its own to them (shared-tags.mjs).
import { createRequire } from "node:module";
import { cacheDisabled, pullPurges, pushPurges } from "./shared-tags.mjs";

const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default.js");

const local = createDefaultCacheHandler(50 * 1024 * 1024);

const handler = {
  get: (cacheKey, softTags) => (cacheDisabled ? undefined : local.get(cacheKey, softTags)),
  set: (cacheKey, pendingEntry) => (cacheDisabled ? discard(pendingEntry) : local.set(cacheKey, pendingEntry)),
  async refreshTags() {
    await pullPurges();
  },
  getExpiration: (tags) => local.getExpiration(tags),
  async updateTags(tags, durations) {
    await local.updateTags(tags, durations);
    await pushPurges(tags);
  },
};

/** Reads an entry to its end and keeps nothing (the renderer waits for its copy to be taken). */
async function discard(pendingEntry) {
  const entry = await pendingEntry;
  await new Response(entry.value).arrayBuffer();
}

export default handler;
