import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { documents } from "./documents";

/**
 * Proposals an editor rejected in the authoring workspace, remembered for their document so
 * they are not proposed again: the kind and the span (code points), which is what a
 * proposal is known by. Nothing else of the proposal is kept; restoring one deletes its row.
 */
export const authoringRejections = pgTable(
  "authoring_rejections",
  {
    documentId: text()
      .notNull()
      .references(() => documents.id),
    kind: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    rejectedBy: uuid().references(() => users.id),
    rejectedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.kind, t.start, t.end] }),
    check("authoring_rejections_kind", sql`${t.kind} in ('quote', 'event', 'citation', 'actor')`),
    check("authoring_rejections_span", sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);
