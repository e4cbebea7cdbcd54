import { isDatabaseUnavailableError } from "@/db/availability";
import type { Db } from "@/db/client";
import { getDb } from "@/db/runtime";
import { limitSubject } from "./client-address";
import { clientIp } from "./http";
import { hitReadLimit, type Hit, type ReadLimitName } from "./services/rate-limit";

/**
 * Counts one public read by the request's address against a READ_LIMITS limit, from a
 * route handler. Null while the database is down (and Redis is not configured): the read
 * is let through, and the handler's own read then answers 503.
 */
export async function countRead(
  req: Request,
  name: ReadLimitName,
  database: () => Promise<Db> = getDb,
): Promise<Hit | null> {
  let db: Db;
  try {
    db = await database();
  } catch {
    return null;
  }
  try {
    return await hitReadLimit(db, name, limitSubject(clientIp(req.headers)));
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return null;
    throw error;
  }
}

/**
 * The per-address limit on public reads for route handlers (the export downloads), the
 * twin of the `rateLimit` tRPC middleware: null to go on, else a 429 with Retry-After.
 */
export async function readLimitRefusal(
  req: Request,
  name: ReadLimitName,
  database: () => Promise<Db> = getDb,
): Promise<Response | null> {
  const result = await countRead(req, name, database);
  if (!result || result.allowed) return null;
  const wait = result.retryAfterSeconds;
  return Response.json(
    { error: { code: "TOO_MANY_REQUESTS", message: `Too many downloads from your network. Try again in ${wait} s.` } },
    { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
  );
}
