import { revalidateTag } from "next/cache";
import { createContext } from "@/server/context";
import { cachedReads } from "@/server/public-reads";
import { handleTrpcRequest } from "@/server/trpc-http";

/** What Next registers as its "use cache" handlers (cache-handlers/use-cache.mjs), as far as a purge needs. */
type TagUpdater = { updateTags?: (tags: string[], durations?: { expire?: number }) => Promise<void> | void };
const CACHE_HANDLERS = Symbol.for("@next/cache-handlers-set");

/**
 * Purges cached public reads after a committed change. Expired at once (`expire: 0`): the
 * next reader waits for fresh content, where "max" would serve the stale answer once more,
 * an unpublished item included. (updateTag is for Server Actions; it throws in a route.)
 *
 * In a route handler Next applies revalidateTag only after the response has been sent (as
 * a waitUntil), so an editor who publishes and at once opens the page could be served the
 * old answer. The purge is therefore also applied to the registered handlers here, before
 * the mutation answers: a change is visible to the next request (ADR 0014).
 */
async function invalidate(tags: string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  const handlers = (globalThis as Record<symbol, unknown>)[CACHE_HANDLERS] as Set<TagUpdater> | undefined;
  await Promise.all([...(handlers ?? [])].map((h) => h.updateTags?.(tags, { expire: 0 })));
}

/** The tRPC endpoint: CSRF and batch checks, then the router (server/trpc-http.ts). */
function handler(req: Request) {
  return handleTrpcRequest(req, (resHeaders) =>
    createContext(req.headers, { resHeaders, invalidate, publishedReads: cachedReads }),
  );
}

export { handler as GET, handler as POST };
