import type { PgTable } from "drizzle-orm/pg-core";
import * as s from "./schema";

/**
 * The tables that make up a case's content, in an order that satisfies every foreign key
 * (a legal source's parent or a quote's variant sits in the same insert, which PostgreSQL
 * checks at the end of the statement). The seed and the import both write in this order.
 */
export const CONTENT_TABLES = {
  cases: s.cases,
  documents: s.documents,
  anchors: s.anchors,
  actors: s.actors,
  legalSources: s.legalSources,
  legalSourceActors: s.legalSourceActors,
  positions: s.positions,
  positionActors: s.positionActors,
  arguments: s.debateArguments,
  argumentAttributions: s.argumentAttributions,
  events: s.events,
  eventActors: s.eventActors,
  eventLegalSources: s.eventLegalSources,
  eventAnchors: s.eventAnchors,
  quotes: s.quotes,
  quoteEvents: s.quoteEvents,
  citations: s.citations,
  argumentEvents: s.argumentEvents,
  argumentQuotes: s.argumentQuotes,
  argumentAnchors: s.argumentAnchors,
  argumentRelations: s.argumentRelations,
  clashes: s.clashes,
  clashSides: s.clashSides,
  clashSideArguments: s.clashSideArguments,
  clashSidePositions: s.clashSidePositions,
  prompts: s.prompts,
  promptClashes: s.promptClashes,
} satisfies Record<string, PgTable>;

export type ContentTable = keyof typeof CONTENT_TABLES;
