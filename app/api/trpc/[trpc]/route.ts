import { revalidateTag } from "next/cache";
import { createContext } from "@/server/context";
import { cachedReads } from "@/server/public-reads";
import { handleTrpcRequest } from "@/server/trpc-http";

/**
 * Purges cached public reads after a committed change. Expired at once (`expire: 0`): the
 * next reader waits for fresh content, where "max" would serve the stale answer once more,
 * an unpublished item included. (updateTag is for Server Actions; it throws in a route.)
 */
function invalidate(tags: string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/** The tRPC endpoint: CSRF and batch checks, then the router (server/trpc-http.ts). */
function handler(req: Request) {
  return handleTrpcRequest(req, (resHeaders) =>
    createContext(req.headers, { resHeaders, invalidate, publishedReads: cachedReads }),
  );
}

export { handler as GET, handler as POST };
