import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { curatedColumns, linkColumns, readableId, readableIdCheck, searchVector, sortOrder } from "./_columns";
import { actors } from "./actors";
import { anchors } from "./documents";
import { events } from "./events";
import { legalSources } from "./legal-sources";
import { positions } from "./positions";
import { quotes } from "./quotes";

/** A claim with its explanation, made for a position. */
export const debateArguments = pgTable(
  "arguments",
  {
    id: readableId(),
    positionId: text()
      .notNull()
      .references(() => positions.id),
    claim: text().notNull(),
    explanation: text().notNull(),
    /** Where the argument comes from when it is not a numbered argument of the research. */
    derivedFrom: text(),
    /** Why the argument sits under this position. */
    placementNote: text(),
    sortOrder: sortOrder(),
    searchVector: searchVector([
      ["A", '"claim"'],
      ["B", '"explanation"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("arguments_search_idx").using("gin", t.searchVector),
    index("arguments_position_idx").on(t.positionId, t.sortOrder),
    check("arguments_id_format", readableIdCheck(t.id)),
  ],
);

/** Actors who made the argument in so many words (beyond the position's holders). */
export const argumentAttributions = pgTable(
  "argument_attributions",
  {
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.argumentId, t.actorId] }), index("argument_attributions_actor_idx").on(t.actorId)],
);

export const citationUse = pgEnum("citation_use", ["relies_on", "distinguishes", "contests"]);

/** An argument's reliance on a legal source, at a pinpoint ("§ 1543(a)", "at 668"). */
export const citations = pgTable(
  "citations",
  {
    id: text().primaryKey(),
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    legalSourceId: text()
      .notNull()
      .references(() => legalSources.id),
    pinpoint: text(),
    use: citationUse().notNull(),
    note: text(),
    sortOrder: sortOrder(),
    ...curatedColumns(),
  },
  (t) => [
    index("citations_argument_idx").on(t.argumentId, t.sortOrder),
    index("citations_source_idx").on(t.legalSourceId),
    uniqueIndex("citations_argument_source_pinpoint_key")
      .on(t.argumentId, t.legalSourceId, t.pinpoint)
      .where(sql`${t.deletedAt} is null`),
    check("citations_use", sql`${t.use} in ('relies_on', 'distinguishes', 'contests')`),
    check("citations_pinpoint_not_blank", sql`${t.pinpoint} is null or btrim(${t.pinpoint}) <> ''`),
  ],
);

export const relationKind = pgEnum("relation_kind", ["supports", "rebuts", "undercuts", "qualifies"]);

/**
 * A typed edge in the debate. It starts at an argument (or a whole position) and ends at
 * an argument, a position, or an event whose reading it disputes.
 */
export const argumentRelations = pgTable(
  "argument_relations",
  {
    id: text().primaryKey(),
    fromArgumentId: text().references(() => debateArguments.id),
    fromPositionId: text().references(() => positions.id),
    toArgumentId: text().references(() => debateArguments.id),
    toPositionId: text().references(() => positions.id),
    toEventId: text().references(() => events.id),
    kind: relationKind().notNull(),
    note: text(),
    /** Implied by the research rather than stated in it. */
    inferred: boolean().notNull().default(false),
    sortOrder: sortOrder(),
    ...curatedColumns(),
  },
  (t) => [
    index("argument_relations_from_argument_idx").on(t.fromArgumentId),
    index("argument_relations_from_position_idx").on(t.fromPositionId),
    index("argument_relations_to_argument_idx").on(t.toArgumentId),
    index("argument_relations_to_position_idx").on(t.toPositionId),
    index("argument_relations_to_event_idx").on(t.toEventId),
    check("argument_relations_one_source", sql`num_nonnulls(${t.fromArgumentId}, ${t.fromPositionId}) = 1`),
    check("argument_relations_one_target", sql`num_nonnulls(${t.toArgumentId}, ${t.toPositionId}, ${t.toEventId}) = 1`),
    check(
      "argument_relations_not_self",
      sql`${t.fromArgumentId} is distinct from ${t.toArgumentId} or ${t.fromArgumentId} is null`,
    ),
  ],
);

/** Events an argument rests on. */
export const argumentEvents = pgTable(
  "argument_events",
  {
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    eventId: text()
      .notNull()
      .references(() => events.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.argumentId, t.eventId] }), index("argument_events_event_idx").on(t.eventId)],
);

/** Quotes that voice or evidence an argument. */
export const argumentQuotes = pgTable(
  "argument_quotes",
  {
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    quoteId: text()
      .notNull()
      .references(() => quotes.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.argumentId, t.quoteId] }), index("argument_quotes_quote_idx").on(t.quoteId)],
);

/** Passages of a document where the argument itself is made (highlighted as claims in the reader). */
export const argumentAnchors = pgTable(
  "argument_anchors",
  {
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    anchorId: text()
      .notNull()
      .references(() => anchors.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.argumentId, t.anchorId] }), index("argument_anchors_anchor_idx").on(t.anchorId)],
);
