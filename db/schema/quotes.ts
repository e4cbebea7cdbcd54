import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  curatedColumns,
  datePrecision,
  linkColumns,
  partialDateCheck,
  readableId,
  readableIdCheck,
  searchVector,
} from "./_columns";
import { actors } from "./actors";
import { cases } from "./cases";
import { anchors } from "./documents";
import { events } from "./events";

/** Exact words, by a speaker, on a date: anchored in a document where they appear there, else with a source. */
export const quotes = pgTable(
  "quotes",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    speakerId: text()
      .notNull()
      .references(() => actors.id),
    text: text().notNull(),
    date: text(),
    datePrecision: datePrecision(),
    dateApproximate: boolean().notNull().default(false),
    dateNote: text(),
    /** Where the exact words stand in a stored document. */
    anchorId: text().references(() => anchors.id),
    inArticle: boolean().notNull().default(false),
    /** The words are part of a sentence, not all of it. */
    fragment: boolean().notNull().default(false),
    textNote: text(),
    sourceUrl: text(),
    reportedBy: text(),
    attributionNote: text(),
    variantOfId: text().references((): AnyPgColumn => quotes.id),
    excerptOfId: text().references((): AnyPgColumn => quotes.id),
    unconfirmed: text().array().notNull().default([]),
    verifiedBy: text(),
    verifiedOn: date({ mode: "string" }),
    searchVector: searchVector([
      ["A", '"text"'],
      ["C", '"reported_by"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("quotes_search_idx").using("gin", t.searchVector),
    index("quotes_case_idx").on(t.caseId, t.date),
    index("quotes_speaker_idx").on(t.speakerId),
    uniqueIndex("quotes_anchor_key").on(t.anchorId),
    check("quotes_id_format", readableIdCheck(t.id)),
    check("quotes_date_format", partialDateCheck(t.date)),
    check("quotes_in_article_anchored", sql`not ${t.inArticle} or ${t.anchorId} is not null`),
    check(
      "quotes_not_own_variant",
      sql`${t.variantOfId} is distinct from ${t.id} and ${t.excerptOfId} is distinct from ${t.id}`,
    ),
  ],
);

export const quoteEvents = pgTable(
  "quote_events",
  {
    quoteId: text()
      .notNull()
      .references(() => quotes.id),
    eventId: text()
      .notNull()
      .references(() => events.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.quoteId, t.eventId] }), index("quote_events_event_idx").on(t.eventId)],
);
