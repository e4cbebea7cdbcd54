import { getDb } from "@/db/runtime";
import type { Context } from "./trpc";

/**
 * The request context for the HTTP handler and the server-side caller alike. The app passes
 * its cache: `publishedReads` (server/public-reads.ts) and `invalidate` (the route handler,
 * where changes arrive). Without them (tests, scripts) reads go straight to the database.
 */
export function createContext(
  headers: Headers,
  extra: Pick<Context, "resHeaders" | "invalidate" | "publishedReads"> = {},
): Context {
  return { getDb, headers, ...extra };
}
