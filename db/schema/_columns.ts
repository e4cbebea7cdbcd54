import { integer, pgEnum, text, timestamp } from "drizzle-orm/pg-core";

/** Workflow of every curated row: the public sees `published` only. */
export const contentStatus = pgEnum("content_status", ["draft", "in_review", "published"]);

/** How much of a partial ISO date is known. */
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);

/** Readable ids from the record (`wpr-1543a`), never database integers. */
export const readableId = () => text().primaryKey();

/** A readable id is lowercase kebab-case; the same rule serves check constraints and validators. */
export const READABLE_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

/**
 * Columns every curated table carries: workflow status, a version for optimistic
 * concurrency, timestamps, and a soft-delete marker (rows are never hard-deleted).
 */
export const curatedColumns = () => ({
  status: contentStatus().notNull().default("draft"),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp({ withTimezone: true }),
});
