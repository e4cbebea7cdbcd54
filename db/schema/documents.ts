import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { curatedColumns, datePrecision, partialDateCheck, readableId, readableIdCheck, searchVector } from "./_columns";
import { cases } from "./cases";

/** A primary text of the record, stored verbatim with a SHA-256 of its exact bytes. */
export const documents = pgTable(
  "documents",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    /** The case's main article, shown at /cases/[slug]/article. At most one per case. */
    isCaseArticle: boolean().notNull().default(false),
    kind: text().notNull(),
    title: text().notNull(),
    titleNote: text(),
    publisher: text(),
    publisherNote: text(),
    /** Partial ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); see datePrecision. */
    publicationDate: text(),
    datePrecision: datePrecision(),
    dateApproximate: boolean().notNull().default(false),
    dateNote: text(),
    url: text(),
    language: text().notNull().default("en"),
    /** The exact text. Never trimmed, re-wrapped or normalised. */
    text: text().notNull(),
    sha256: text().notNull(),
    lengthCodePoints: integer().notNull(),
    searchVector: searchVector([
      ["A", '"title"'],
      ["B", '"text"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("documents_search_idx").using("gin", t.searchVector),
    index("documents_case_idx").on(t.caseId),
    uniqueIndex("documents_one_article_per_case")
      .on(t.caseId)
      .where(sql`${t.isCaseArticle} and ${t.deletedAt} is null`),
    check("documents_id_format", readableIdCheck(t.id)),
    check("documents_sha256_format", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("documents_length", sql`${t.lengthCodePoints} = char_length(${t.text})`),
    check("documents_publication_date_format", partialDateCheck(t.publicationDate)),
  ],
);

/**
 * A span of a document as W3C Web Annotation selectors. `start`/`end` count Unicode
 * code points, end exclusive. An anchor is re-resolved against its document on read
 * (lib/anchoring.ts): by position, else by quote and context, else shown as an orphan.
 */
export const anchors = pgTable(
  "anchors",
  {
    id: readableId(),
    documentId: text()
      .notNull()
      .references(() => documents.id),
    exact: text().notNull(),
    prefix: text().notNull().default(""),
    suffix: text().notNull().default(""),
    start: integer().notNull(),
    end: integer().notNull(),
    ...curatedColumns(),
  },
  (t) => [
    index("anchors_document_idx").on(t.documentId, t.start),
    check("anchors_id_format", readableIdCheck(t.id)),
    check("anchors_span", sql`0 <= ${t.start} and ${t.start} < ${t.end}`),
    check("anchors_exact_length", sql`char_length(${t.exact}) = ${t.end} - ${t.start}`),
    check("anchors_context_length", sql`char_length(${t.prefix}) <= 64 and char_length(${t.suffix}) <= 64`),
  ],
);
