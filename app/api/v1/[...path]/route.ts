import { API_BASE, handleRestRequest } from "@/server/rest/handler";

/** The public REST API, /api/v1/... (server/rest/handler.ts); described at /api/v1/openapi.json. */
function handler(req: Request) {
  // The path as sent (still percent-encoded): the handler decodes each segment once.
  return handleRestRequest(req, new URL(req.url).pathname.slice(API_BASE.length));
}

export {
  handler as GET,
  handler as HEAD,
  handler as OPTIONS,
  handler as POST,
  handler as PUT,
  handler as PATCH,
  handler as DELETE,
};
