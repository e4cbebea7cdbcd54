import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { cases } from "./cases";

/**
 * A classroom session built from a comparison. It keeps a frozen snapshot of what the
 * students see, so later edits to the case do not change a running lesson (content
 * withdrawn from publication is still left out when the lesson is read).
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
    /** Set when an admin approved the lesson (an admin's own lesson at once); students see nothing before. */
    approvedAt: timestamp({ withTimezone: true }),
    approvedBy: uuid().references(() => users.id),
    closedAt: timestamp({ withTimezone: true }),
    /** For a blind lesson: when the teacher revealed who holds each position; students then see the names. */
    revealedAt: timestamp({ withTimezone: true }),
    /** Soft delete: the code answers 404 to students, the lesson and its votes stay for an admin to restore. */
    deletedAt: timestamp({ withTimezone: true }),
    /** Joins refused because one address reached its cap, and votes refused (no voter token, too fast): shown to the teacher. */
    refusedJoins: integer().notNull().default(0),
    refusedVotes: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex("lessons_code_key").on(t.code),
    index("lessons_created_by_idx").on(t.createdBy, t.createdAt),
    index("lessons_case_idx").on(t.caseId),
    check("lessons_code_format", sql`${t.code} ~ '^[A-Z2-9]{6}$'`),
    check("lessons_positions", sql`cardinality(${t.positionIds}) between 2 and 4`),
  ],
);

/**
 * A voter token the server issued to one browser for one lesson (when the student
 * opened it). Only the token's hash is kept; the address serves the per-address cap.
 */
export const lessonVoters = pgTable(
  "lesson_voters",
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id),
    tokenHash: text().notNull(),
    ip: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.tokenHash] })],
);

/** A student's choice of the strongest argument on one clash: one per issued voter token per clash. */
export const lessonVotes = pgTable(
  "lesson_votes",
  {
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id),
    clashId: text().notNull(),
    argumentId: text().notNull(),
    /** The voter token's hash, as issued in lesson_voters; no account, no name. */
    voter: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.lessonId, t.clashId, t.voter] }),
    index("lesson_votes_tally_idx").on(t.lessonId, t.clashId, t.argumentId),
    // A vote exists only for a token the server issued for this very lesson.
    foreignKey({
      name: "lesson_votes_voter_fk",
      columns: [t.lessonId, t.voter],
      foreignColumns: [lessonVoters.lessonId, lessonVoters.tokenHash],
    }),
  ],
);
