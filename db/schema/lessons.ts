import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { cases } from "./cases";

/**
 * A classroom session built from a comparison. It keeps a frozen snapshot of what the
 * students see, so later edits to the case do not change a running lesson.
 */
export const lessons = pgTable(
  "lessons",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The short share code students type or open: /lesson/CODE. */
    code: text().notNull(),
    title: text().notNull(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    positionIds: text().array().notNull(),
    promptIds: text().array().notNull().default([]),
    blind: boolean().notNull().default(false),
    columnOrder: integer().notNull().default(0),
    /** The comparison and prompts exactly as they were when the lesson was made. */
    snapshot: jsonb().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("lessons_code_key").on(t.code),
    index("lessons_created_by_idx").on(t.createdBy, t.createdAt),
    index("lessons_case_idx").on(t.caseId),
    check("lessons_code_format", sql`${t.code} ~ '^[A-Z2-9]{6}$'`),
    check("lessons_positions", sql`cardinality(${t.positionIds}) between 2 and 4`),
  ],
);

/** A student's choice of the strongest argument on one clash: one per browser per clash. */
export const lessonVotes = pgTable(
  "lesson_votes",
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id),
    clashId: text().notNull(),
    argumentId: text().notNull(),
    /** SHA-256 of the browser's anonymous voter token; no account, no name. */
    voter: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.clashId, t.voter] }), index("lesson_votes_tally_idx").on(t.lessonId, t.clashId, t.argumentId)],
);
