import type { SQL } from "drizzle-orm";
import { onReplica, type Db } from "../client";

/**
 * Runs hand-written SQL and returns its rows. postgres.js answers with an array, PGlite
 * with `{ rows }`; callers see one shape.
 */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Runs a hand-written read-only query, on a read replica when the database has them (db/client.ts). */
export function readRows<T>(db: Db, query: SQL): Promise<T[]> {
  return rawRows<T>(onReplica(db), query);
}
