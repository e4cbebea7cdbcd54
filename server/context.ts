import { getDb } from "@/db/runtime";
import type { Context } from "./trpc";

/**
 * The request context for the HTTP handler and the server-side caller alike. Only the
 * route handler, where changes arrive, passes `invalidate`.
 */
export function createContext(headers: Headers, resHeaders?: Headers, invalidate?: Context["invalidate"]): Context {
  return { getDb, headers, resHeaders, invalidate };
}
