import { sql, type SQL } from "drizzle-orm";
import { type AnyPgColumn, customType, integer, pgEnum, text, timestamp } from "drizzle-orm/pg-core";

/** Workflow of every curated row: the public sees `published` only. */
export const contentStatus = pgEnum("content_status", ["draft", "in_review", "published"]);

/** How much of a partial ISO date is known. */
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);

/** Position in the curated order (positions of a case, arguments of a position…). */
export const sortOrder = () => integer().notNull().default(0);

/** Ties between rows (holders, links) are owned by their parent row and carry only a creation time and an order. */
export const linkColumns = () => ({
  sortOrder: sortOrder(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

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

/** CHECK that a readable id column is kebab-case. */
export const readableIdCheck = (column: AnyPgColumn): SQL => sql`${column} ~ ${sql.raw(`'${READABLE_ID_PATTERN}'`)}`;

/** CHECK that a text column holds a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or is null. */
export const partialDateCheck = (column: AnyPgColumn): SQL =>
  sql`${column} is null or ${column} ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'`;

/** Whether a source was confirmed against the named original or is well-established background. */
export const verification = pgEnum("verification", ["checked", "background"]);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A stored, weighted full-text vector kept up to date by PostgreSQL itself. `parts` pairs
 * a weight (A most important … D) with an SQL expression over the row's own columns.
 */
export function searchVector(parts: [weight: "A" | "B" | "C" | "D", expression: string][]) {
  const body = parts.map(([w, e]) => `setweight(to_tsvector('english', coalesce(${e}, '')), '${w}')`).join(" || ");
  return tsvector().notNull().generatedAlwaysAs(sql.raw(body));
}

/** Joins a text[] column inside a generated column (array_to_string itself is not immutable). */
export const arrayText = (column: string) => `wpe_immutable_array_to_string("${column}", ' ')`;
