import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "@/server/context";
import { crossSiteReason } from "@/server/http";
import { appRouter } from "@/server/root";

function handler(req: Request) {
  // Every change goes through POST; refuse any that is not same-origin JSON (CSRF).
  if (req.method !== "GET") {
    const reason = crossSiteReason(req);
    if (reason) {
      return Response.json({ error: { code: "FORBIDDEN", message: `Refused: ${reason}. Changes must be same-origin JSON requests.` } }, { status: 403 });
    }
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext(req.headers, resHeaders),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error);
    },
    responseMeta({ errors }) {
      // Tell clients when to come back while the database is down.
      return errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: new Headers({ "Retry-After": "5" }) } : {};
    },
  });
}

export { handler as GET, handler as POST };
