import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";

/**
 * A download of published content. Its entity tag is the SHA-256 of the exact bytes sent,
 * so it changes with the content and with any change to how a format is written; a client
 * (or a CDN) that already holds those bytes asks with If-None-Match and gets a 304 without
 * a body. `no-cache` lets it keep the file but makes it ask every time, so a publish is
 * seen on the next request. nosniff keeps a browser from guessing HTML in a file of stored
 * text (stored XSS through an export).
 */
export function download(request: Request, body: string, filename: string, type: string): Response {
  const etag = entityTag(body);
  const headers = {
    ETag: etag,
    "Cache-Control": "public, no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

/** A strong entity tag for a body: its SHA-256, quoted as RFC 9110 requires. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/**
 * RFC 9110 § 13.1.2: If-None-Match is `*` or a list of tags, each perhaps weak (W/), and is
 * compared weakly. Anything that does not parse as a tag matches nothing.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((candidate) => opaque(candidate.trim()) === wanted);
}

/** Turns the API's errors into plain HTTP answers for the export endpoints. */
export function exportError(error: unknown): Response {
  if (error instanceof TRPCError) {
    const status =
      {
        UNAUTHORIZED: 401,
        FORBIDDEN: 403,
        NOT_FOUND: 404,
        BAD_REQUEST: 400,
        TOO_MANY_REQUESTS: 429,
        SERVICE_UNAVAILABLE: 503,
      }[error.code as string] ?? 500;
    return Response.json({ error: { code: error.code, message: error.message } }, { status });
  }
  throw error;
}
