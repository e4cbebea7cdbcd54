import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import {
  curatedColumns,
  datePrecision,
  linkColumns,
  partialDateCheck,
  readableId,
  readableIdCheck,
  searchVector,
  verification,
} from "./_columns";
import { actors } from "./actors";
import { cases } from "./cases";
import { anchors } from "./documents";
import { legalSources } from "./legal-sources";

export const eventKind = pgEnum("event_kind", [
  "attack",
  "use_of_force",
  "statement",
  "report",
  "legislative",
  "other",
]);

/** Something that happened, dated as precisely as the record allows. */
export const events = pgTable(
  "events",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    title: text().notNull(),
    kind: eventKind().notNull(),
    /** Partial ISO date; `datePrecision` says how much of it is known. */
    date: text().notNull(),
    endDate: text(),
    datePrecision: datePrecision().notNull(),
    dateNote: text(),
    /** Where the local date differs from Washington's, e.g. a strike in the evening ET / after midnight at the target. */
    timeZoneNote: text(),
    place: text(),
    summary: text().notNull(),
    inArticle: boolean().notNull().default(false),
    articleNote: text(),
    verification: verification(),
    unconfirmedDetails: text().array().notNull().default([]),
    searchVector: searchVector([
      ["A", '"title"'],
      ["B", '"summary"'],
      ["C", '"place"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("events_search_idx").using("gin", t.searchVector),
    index("events_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("events_case_date_idx").on(t.caseId, t.date),
    check("events_id_format", readableIdCheck(t.id)),
    check("events_date_format", partialDateCheck(t.date)),
    check("events_end_date_format", partialDateCheck(t.endDate)),
    check("events_date_order", sql`${t.endDate} is null or ${t.date} <= ${t.endDate}`),
  ],
);

export const eventActors = pgTable(
  "event_actors",
  {
    eventId: text()
      .notNull()
      .references(() => events.id),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.actorId] }), index("event_actors_actor_idx").on(t.actorId)],
);

/** Legal sources an event involves: the letter that reported it, the law it invoked. */
export const eventLegalSources = pgTable(
  "event_legal_sources",
  {
    eventId: text()
      .notNull()
      .references(() => events.id),
    legalSourceId: text()
      .notNull()
      .references(() => legalSources.id),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.legalSourceId] }),
    index("event_legal_sources_source_idx").on(t.legalSourceId),
  ],
);

/** Passages of a document that mention the event. */
export const eventAnchors = pgTable(
  "event_anchors",
  {
    eventId: text()
      .notNull()
      .references(() => events.id),
    anchorId: text()
      .notNull()
      .references(() => anchors.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.anchorId] }), index("event_anchors_anchor_idx").on(t.anchorId)],
);
