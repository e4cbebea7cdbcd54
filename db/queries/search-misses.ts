import { desc, sql } from "drizzle-orm";
import { MAX_MISSES } from "@/lib/search-misses";
import { onPrimary, type Db } from "../client";
import { searchMisses } from "../schema";

/**
 * Counts one search that found nothing, by its folded query (lib/search-misses.ts). A new
 * query is kept only while fewer than MAX_MISSES are, so a flood of junk cannot fill the
 * table; one already kept is always counted.
 */
export async function recordSearchMiss(db: Db, query: string): Promise<void> {
  await onPrimary(db).execute(sql`
    insert into ${searchMisses} (query)
    select ${query}
     where exists (select 1 from ${searchMisses} where query = ${query})
        or (select count(*) from ${searchMisses}) < ${MAX_MISSES}
    on conflict (query) do update set count = search_misses.count + 1, last_seen = now()`);
}

/** The queries readers most often found nothing for, the most frequent first. */
export function listSearchMisses(db: Db, limit: number) {
  return db
    .select({
      query: searchMisses.query,
      count: searchMisses.count,
      firstSeen: searchMisses.firstSeen,
      lastSeen: searchMisses.lastSeen,
    })
    .from(searchMisses)
    .orderBy(desc(searchMisses.count), desc(searchMisses.lastSeen))
    .limit(limit);
}
