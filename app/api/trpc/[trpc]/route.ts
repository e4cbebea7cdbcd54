import { createContext } from "@/server/context";
import { handleTrpcRequest } from "@/server/trpc-http";

/** The tRPC endpoint: CSRF and batch checks, then the router (server/trpc-http.ts). */
function handler(req: Request) {
  return handleTrpcRequest(req, (resHeaders) => createContext(req.headers, resHeaders));
}

export { handler as GET, handler as POST };
