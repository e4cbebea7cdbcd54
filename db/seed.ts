import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";
import * as s from "./schema";
import { CONTENT_TABLES, type ContentTable } from "./content-model";
import { loadSeedContent, type SeedContent } from "./seed/case-file";
import { buildSeedRows, type SeedRows } from "./seed/rows";

/** Rows the seed inserted, by table; all zeros when the database already held the content. */
export type SeedReport = Record<keyof SeedRows, number>;

/**
 * Inserts the first case from db/seed/content/. Idempotent: rows that already exist are
 * left exactly as they are (an editor's later changes are never overwritten), so a second
 * run inserts nothing. One transaction, under an advisory lock so that two processes
 * starting together cannot both seed; any problem in the content aborts it whole.
 */
export async function seedDatabase(db: Db, content: SeedContent = loadSeedContent()): Promise<SeedReport> {
  const rows = buildSeedRows(content);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('war-powers-explorer:seed'))`);
    const report = {} as SeedReport;
    for (const key of (Object.keys(CONTENT_TABLES) as ContentTable[]).filter((k): k is keyof SeedRows => k in rows)) {
      const values = rows[key];
      if (values.length === 0) {
        report[key] = 0;
        continue;
      }
      const inserted = await tx
        .insert(CONTENT_TABLES[key] as PgTable)
        .values(values)
        .onConflictDoNothing()
        .returning({ one: sql<number>`1` });
      report[key] = inserted.length;
    }
    return report;
  });
}

/** True when no case exists yet: the signal to seed on first start. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: s.cases.id }).from(s.cases).limit(1);
  return rows.length === 0;
}
