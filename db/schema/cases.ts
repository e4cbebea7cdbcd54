import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { curatedColumns, readableId, readableIdCheck } from "./_columns";

/** One debate over one use of force. */
export const cases = pgTable(
  "cases",
  {
    id: readableId(),
    slug: text().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    startDate: date({ mode: "string" }),
    endDate: date({ mode: "string" }),
    dateNote: text(),
    timelineStart: date({ mode: "string" }),
    timelineEnd: date({ mode: "string" }),
    /** Spellings the record uses for the same name, e.g. Erbil / Irbil. */
    nameVariants: jsonb().$type<Record<string, string[]>>().notNull().default({}),
    ...curatedColumns(),
  },
  (t) => [
    uniqueIndex("cases_slug_key").on(t.slug),
    index("cases_status_idx").on(t.status, t.startDate),
    check("cases_id_format", readableIdCheck(t.id)),
    check("cases_slug_format", readableIdCheck(t.slug)),
    check("cases_date_order", sql`${t.startDate} is null or ${t.endDate} is null or ${t.startDate} <= ${t.endDate}`),
  ],
);
