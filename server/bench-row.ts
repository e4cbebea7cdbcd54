import { eq } from "drizzle-orm";
import { getDb } from "@/db/runtime";
import { cases } from "@/db/schema";

/**
 * The one primary-key query of the benchmark's baselines (/api/bench/row, /bench/row, served
 * only with BENCH_ROUTES): what a page is held against when it reads the database itself.
 */
export async function benchRow() {
  const db = await getDb();
  const [row] = await db
    .select({ id: cases.id, title: cases.title })
    .from(cases)
    .where(eq(cases.id, "2021-syria-border-strikes"));
  return row ?? null;
}
