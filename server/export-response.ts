import { TRPCError } from "@trpc/server";

/**
 * A download: the right type, a file name, and no caching of stale content. nosniff keeps a
 * browser from guessing HTML in a file of stored text (stored XSS through an export).
 */
export function download(body: string, filename: string, type: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Turns the API's errors into plain HTTP answers for the export endpoints. */
export function exportError(error: unknown): Response {
  if (error instanceof TRPCError) {
    const status = { NOT_FOUND: 404, BAD_REQUEST: 400, TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 }[error.code as string] ?? 500;
    return Response.json({ error: { code: error.code, message: error.message } }, { status });
  }
  throw error;
}
