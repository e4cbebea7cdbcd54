import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * Searches that found nothing, counted, for editors to see what readers look for and do not
 * find. Only the query is kept, with anything that looks like an address, an e-mail or a
 * long number replaced (lib/search-misses.ts): never who searched, from where or when
 * beyond the day.
 */
export const searchMisses = pgTable(
  "search_misses",
  {
    query: text().primaryKey(),
    count: integer().notNull().default(1),
    firstSeen: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeen: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_misses_count_idx").on(t.count, t.lastSeen),
    check("search_misses_query_length", sql`char_length(${t.query}) between 1 and 120`),
  ],
);
