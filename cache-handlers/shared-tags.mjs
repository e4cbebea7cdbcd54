// Shared invalidations for every instance of the app, through Redis (REDIS_URL).
//
// Next keeps the time each cache tag was last purged in one in-process map, its tags
// manifest; both the "use cache" entries and the stored pages are checked against it. A
// purge on one instance must reach that map on every instance before its next read, so:
// every purge is also written to Redis (a sorted set scored by time), and before a read
// each instance applies the purges written since it last looked. Entries themselves stay in
// each process's memory: any instance can rebuild one, but none may serve one a purge has
// passed. Without REDIS_URL these do nothing and Next's own in-process behaviour is all.
//
// Plain JavaScript, loaded by Next at run time outside the app's bundle (next.config.ts,
// cacheHandler and cacheHandlers); it requires Next's manifest module the same way Next
// does, so both see one map.
import { createRequire } from "node:module";
import { createClient } from "@redis/client";

const require = createRequire(import.meta.url);
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const PURGES = "wpe:cache:purges";
/** The longest a cached entry lives (next.config.ts, cacheLife "published" expire): older purges cannot matter. */
const KEEP_MS = 86_400_000;

const state = (globalThis[Symbol.for("war-powers-explorer.shared-tags")] ??= {
  client: null,
  seenUpTo: Date.now() - KEEP_MS,
  reported: 0,
});

function report(message) {
  if (Date.now() - state.reported < 30_000) return;
  state.reported = Date.now();
  console.error(`Cache purges through Redis: ${message}`);
}

function redis() {
  const url = process.env.REDIS_URL?.trim();
  // `next build` prerenders without Redis: what it stores is the placeholder pages only.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  if (!state.client) {
    state.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    });
    state.client.on("error", (error) => report(error.message));
    state.client.connect().catch(() => {});
  }
  return state.client;
}

/** Applies to this process's tags manifest every purge made on any instance since the last look. */
export async function pullPurges() {
  const client = redis();
  if (!client?.isReady) return;
  try {
    const purges = await client.zRangeByScoreWithScores(PURGES, state.seenUpTo, "+inf");
    for (const { value, score } of purges) {
      const { tag, stale, expired } = JSON.parse(value);
      const local = tagsManifest.get(tag) ?? {};
      const merged = { ...local };
      if (typeof stale === "number" && stale > (local.stale ?? 0)) merged.stale = stale;
      if (typeof expired === "number" && expired > (local.expired ?? 0)) merged.expired = expired;
      tagsManifest.set(tag, merged);
      if (score > state.seenUpTo) state.seenUpTo = score;
    }
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  }
}

/** Writes this process's purge of `tags` (already in its manifest) for every other instance. */
export async function pushPurges(tags) {
  const client = redis();
  if (!client) return;
  const now = Date.now();
  const members = tags.map((tag) => ({
    score: now,
    value: JSON.stringify({ tag, ...tagsManifest.get(tag), at: now }),
  }));
  if (members.length === 0) return;
  try {
    await client
      .multi()
      .zAdd(PURGES, members)
      .zRemRangeByScore(PURGES, "-inf", now - KEEP_MS)
      .exec();
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  }
}

/**
 * CACHE_DISABLED (env.ts): keep nothing, so every request renders from the database
 * as it would right after a purge. For measuring cold renders (`npm run bench`) only; never
 * during `next build`, whose prerendered shells the server needs.
 */
export const cacheDisabled =
  ["true", "1"].includes(process.env.CACHE_DISABLED?.trim() ?? "") &&
  process.env.NEXT_PHASE !== "phase-production-build";
