import { entityTag, matchesIfNoneMatch } from "./export-response";

/**
 * An Atom feed as HTTP: tagged with the SHA-256 of its bytes, so a feed reader polling
 * with If-None-Match gets a 304 until something is published; `no-cache` makes it ask
 * each time, so a change is seen on the next poll.
 */
export function feedResponse(request: Request, xml: string): Response {
  const etag = entityTag(xml);
  const headers = { ETag: etag, "Cache-Control": "public, no-cache", "X-Content-Type-Options": "nosniff" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
