import { isDatabaseUnavailableError } from "@/db/availability";
import type { Db } from "@/db/client";
import { getDb } from "@/db/runtime";
import { limitSubject } from "./client-address";
import { clientIp } from "./http";
import { hitReadLimit, type ReadLimitName } from "./services/rate-limit";

/**
 * The per-address limit on public reads for route handlers (the export downloads), the
 * twin of the `rateLimit` tRPC middleware: null to go on, else a 429 with Retry-After.
 * While the database is down it lets the request through: the handler's own read then
 * answers 503.
 */
export async function readLimitRefusal(
  req: Request,
  name: ReadLimitName,
  database: () => Promise<Db> = getDb,
): Promise<Response | null> {
  let db: Db;
  try {
    db = await database();
  } catch {
    return null;
  }
  let result;
  try {
    result = await hitReadLimit(db, name, limitSubject(clientIp(req.headers)));
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return null;
    throw error;
  }
  if (result.allowed) return null;
  const wait = result.retryAfterSeconds;
  return Response.json(
    { error: { code: "TOO_MANY_REQUESTS", message: `Too many downloads from your network. Try again in ${wait} s.` } },
    { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
  );
}
