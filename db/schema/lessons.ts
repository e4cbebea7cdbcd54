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
    /** Contributions refused (too long, too fast, from a muted student): shown to the teacher. */
    refusedContributions: integer().notNull().default(0),
    /**
     * Whether students argue a side: "off" (they pick the position an argument supports),
     * "even" (each is given the side with fewest students as they join), or "teacher"
     * (they wait until the teacher assigns them). See ADR 0033.
     */
    sides: text().notNull().default("off"),
    /** How many times the teacher swapped sides: a student argues column (side + shift) mod columns. */
    sideShift: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex("lessons_code_key").on(t.code),
    index("lessons_created_by_idx").on(t.createdBy, t.createdAt),
    index("lessons_case_idx").on(t.caseId),
    check("lessons_code_format", sql`${t.code} ~ '^[A-Z2-9]{6}$'`),
    check("lessons_positions", sql`cardinality(${t.positionIds}) between 2 and 4`),
    check("lessons_sides", sql`${t.sides} in ('off', 'even', 'teacher')`),
    check("lessons_side_shift", sql`${t.sideShift} >= 0`),
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
    /** The name the student chose for this lesson (no account); shown to the class with approved contributions. */
    displayName: text(),
    /** The column the student was assigned before any swap (null: not assigned); see lessons.sideShift. */
    side: integer(),
    /** Set when the teacher removed everything the student wrote and stopped them writing more. */
    mutedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.lessonId, t.tokenHash] }),
    check("lesson_voters_display_name", sql`char_length(${t.displayName}) between 1 and 40`),
    check("lesson_voters_side", sql`${t.side} between 0 and 3`),
  ],
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

/**
 * What a student wrote in a lesson: an argument for a side, or a rebuttal of one argument
 * (a curated one of the lesson's snapshot, or another student's). It waits for the teacher's
 * approval; removing it is soft, so the teacher can restore it. It never enters the curated
 * case unless an editor imports it as a draft (importedArgumentId).
 */
export const lessonContributions = pgTable(
  "lesson_contributions",
  {
    id: uuid().primaryKey().defaultRandom(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id),
    /** The writer's voter token hash, as issued in lesson_voters. */
    voter: text().notNull(),
    /** The name the student gave when writing it. */
    displayName: text().notNull(),
    /** The column (of the lesson's snapshot) the contribution argues for. */
    side: integer().notNull(),
    /** The question it is on, or null for the lesson as a whole. */
    clashId: text(),
    /** What it rebuts: an argument of the snapshot, or another contribution (at most one). */
    replyToArgument: text(),
    replyToContribution: uuid(),
    claim: text().notNull(),
    detail: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp({ withTimezone: true }),
    approvedBy: uuid().references(() => users.id),
    removedAt: timestamp({ withTimezone: true }),
    removedBy: uuid().references(() => users.id),
    /** The draft argument an editor made of it, if any. */
    importedArgumentId: text(),
  },
  (t) => [
    index("lesson_contributions_lesson_idx").on(t.lessonId, t.createdAt),
    index("lesson_contributions_voter_idx").on(t.lessonId, t.voter),
    foreignKey({
      name: "lesson_contributions_voter_fk",
      columns: [t.lessonId, t.voter],
      foreignColumns: [lessonVoters.lessonId, lessonVoters.tokenHash],
    }),
    foreignKey({
      name: "lesson_contributions_reply_fk",
      columns: [t.replyToContribution],
      foreignColumns: [t.id],
    }),
    check("lesson_contributions_claim", sql`char_length(${t.claim}) between 1 and 300`),
    check("lesson_contributions_detail", sql`char_length(${t.detail}) <= 1500`),
    check("lesson_contributions_display_name", sql`char_length(${t.displayName}) between 1 and 40`),
    check("lesson_contributions_side", sql`${t.side} between 0 and 3`),
    check("lesson_contributions_one_target", sql`${t.replyToArgument} is null or ${t.replyToContribution} is null`),
  ],
);
