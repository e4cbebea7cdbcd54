import { getDb } from "@/db/runtime";
import type { Context } from "./trpc";

/** The request context for the HTTP handler and the server-side caller alike. */
export function createContext(headers: Headers, resHeaders?: Headers): Context {
  return { getDb, headers, resHeaders };
}
