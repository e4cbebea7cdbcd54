import { and, eq, isNull, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { computeSelectors, AnchoringError } from "@/lib/anchoring";
import { parseCitation, type LegalSourceKind } from "@/lib/bluebook";
import { codePointLength } from "@/lib/code-points";
import type { EntityType } from "@/lib/curation/entities";
import type { Values } from "@/lib/curation/fields";
import { sha256Hex } from "@/lib/sha256";
import { fieldError } from "./errors";

/** A link table behind a "refs" field: owner row → ordered targets (with a fixed role where the table has one). */
export interface LinkSpec {
  table: PgTable;
  owner: PgColumn;
  target: PgColumn;
  order: PgColumn;
  fixed?: { column: PgColumn; key: string; value: string };
}

export interface ServerSpec {
  table: PgTable & { id: PgColumn; status: PgColumn; version: PgColumn; updatedAt: PgColumn; deletedAt: PgColumn };
  links?: Record<string, LinkSpec>;
  /** Columns computed from the values (digests, parsed citations, anchor offsets); may reject with field errors. */
  derive?: (db: Db, values: Values) => Promise<Record<string, unknown>>;
  /** Ids for rows whose id does not come from a title. */
  newId?: (db: Db, values: Values) => Promise<string>;
}

const link = (
  table: PgTable,
  owner: PgColumn,
  target: PgColumn,
  order: PgColumn,
  fixed?: LinkSpec["fixed"],
): LinkSpec => ({
  table,
  owner,
  target,
  order,
  fixed,
});

async function nextNumberedId(db: Db, table: PgTable & { id: PgColumn }, prefix: string): Promise<string> {
  const rows = (await db
    .select({ id: table.id })
    .from(table)
    .where(sql`${table.id} like ${`${prefix}%`}`)) as { id: string }[];
  const taken = new Set(rows.map((r) => r.id));
  let n = rows.length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const SERVER_SPECS: Record<EntityType, ServerSpec> = {
  case: { table: s.cases },
  document: {
    table: s.documents,
    derive: async (_db, v) => {
      const text = String(v.text ?? "");
      return { sha256: sha256Hex(text), lengthCodePoints: codePointLength(text) };
    },
  },
  actor: { table: s.actors },
  position: {
    table: s.positions,
    links: {
      holders: link(
        s.positionActors,
        s.positionActors.positionId,
        s.positionActors.actorId,
        s.positionActors.sortOrder,
        {
          column: s.positionActors.role,
          key: "role",
          value: "holder",
        },
      ),
      discussants: link(
        s.positionActors,
        s.positionActors.positionId,
        s.positionActors.actorId,
        s.positionActors.sortOrder,
        {
          column: s.positionActors.role,
          key: "role",
          value: "discussant",
        },
      ),
    },
  },
  argument: {
    table: s.debateArguments,
    links: {
      attributedTo: link(
        s.argumentAttributions,
        s.argumentAttributions.argumentId,
        s.argumentAttributions.actorId,
        s.argumentAttributions.sortOrder,
      ),
      events: link(s.argumentEvents, s.argumentEvents.argumentId, s.argumentEvents.eventId, s.argumentEvents.sortOrder),
      quotes: link(s.argumentQuotes, s.argumentQuotes.argumentId, s.argumentQuotes.quoteId, s.argumentQuotes.sortOrder),
      anchors: link(
        s.argumentAnchors,
        s.argumentAnchors.argumentId,
        s.argumentAnchors.anchorId,
        s.argumentAnchors.sortOrder,
      ),
    },
  },
  relation: {
    table: s.argumentRelations,
    derive: async (_db, v) => {
      const from = [v.fromArgumentId, v.fromPositionId].filter(Boolean);
      const to = [v.toArgumentId, v.toPositionId, v.toEventId].filter(Boolean);
      if (from.length !== 1) fieldError("fromArgumentId", "give exactly one: an argument or a position");
      if (to.length !== 1) fieldError("toArgumentId", "give exactly one: an argument, a position or an event");
      if (v.fromArgumentId && v.fromArgumentId === v.toArgumentId)
        fieldError("toArgumentId", "an argument cannot bear on itself");
      return {};
    },
    newId: async (db, v) =>
      nextNumberedId(db, s.argumentRelations, `${String(v.fromArgumentId ?? v.fromPositionId)}-${String(v.kind)}-`),
  },
  legalSource: {
    table: s.legalSources,
    links: {
      sponsors: link(
        s.legalSourceActors,
        s.legalSourceActors.legalSourceId,
        s.legalSourceActors.actorId,
        s.legalSourceActors.sortOrder,
        {
          column: s.legalSourceActors.role,
          key: "role",
          value: "sponsor",
        },
      ),
      authors: link(
        s.legalSourceActors,
        s.legalSourceActors.legalSourceId,
        s.legalSourceActors.actorId,
        s.legalSourceActors.sortOrder,
        {
          column: s.legalSourceActors.role,
          key: "role",
          value: "author",
        },
      ),
      addressees: link(
        s.legalSourceActors,
        s.legalSourceActors.legalSourceId,
        s.legalSourceActors.actorId,
        s.legalSourceActors.sortOrder,
        {
          column: s.legalSourceActors.role,
          key: "role",
          value: "addressee",
        },
      ),
    },
    derive: async (_db, v) => {
      if (v.kind === "provision" && !v.parentId)
        fieldError("parentId", "a provision must name the statute it belongs to");
      if (v.repealedById && v.legalStatus !== "repealed")
        fieldError("legalStatus", "set the status to Repealed when naming what repealed it");
      try {
        return { citationParts: parseCitation(v.kind as LegalSourceKind, String(v.citation ?? "")) };
      } catch (error) {
        return fieldError("citation", error instanceof Error ? error.message : "cannot read this citation");
      }
    },
  },
  citation: {
    table: s.citations,
    newId: async (db, v) => nextNumberedId(db, s.citations, `${String(v.argumentId)}-cite-`),
  },
  event: {
    table: s.events,
    links: {
      actors: link(s.eventActors, s.eventActors.eventId, s.eventActors.actorId, s.eventActors.sortOrder),
      legalSources: link(
        s.eventLegalSources,
        s.eventLegalSources.eventId,
        s.eventLegalSources.legalSourceId,
        s.eventLegalSources.sortOrder,
      ),
      anchors: link(s.eventAnchors, s.eventAnchors.eventId, s.eventAnchors.anchorId, s.eventAnchors.sortOrder),
    },
    derive: async (_db, v) => {
      if (v.endDate && String(v.endDate) < String(v.date)) fieldError("endDate", "must not be before the date");
      return {};
    },
  },
  quote: {
    table: s.quotes,
    links: { events: link(s.quoteEvents, s.quoteEvents.quoteId, s.quoteEvents.eventId, s.quoteEvents.sortOrder) },
    derive: async (_db, v) => {
      if (v.inArticle && !v.anchorId)
        fieldError("anchorId", "a quote in the article needs its anchor: select its words in the article reader");
      return {};
    },
  },
  anchor: {
    table: s.anchors,
    // Offsets are never typed: they are computed from the exact words in the document's current text.
    derive: async (db, v) => {
      const [doc] = await db
        .select({ text: s.documents.text })
        .from(s.documents)
        .where(and(eq(s.documents.id, String(v.documentId)), isNull(s.documents.deletedAt)));
      if (!doc) return fieldError("documentId", "no such document");
      try {
        const sel = computeSelectors(doc.text, String(v.exact ?? ""), {
          prefix: (v.prefix as string) || undefined,
          suffix: (v.suffix as string) || undefined,
        });
        return { start: sel.start, end: sel.end, prefix: sel.prefix, suffix: sel.suffix };
      } catch (error) {
        if (error instanceof AnchoringError) return fieldError("exact", error.message);
        throw error;
      }
    },
    newId: async (db, v) => nextNumberedId(db, s.anchors, `anchor-${String(v.documentId)}-`),
  },
  clash: { table: s.clashes },
  clashSide: {
    table: s.clashSides,
    links: {
      positions: link(
        s.clashSidePositions,
        s.clashSidePositions.clashSideId,
        s.clashSidePositions.positionId,
        s.clashSidePositions.sortOrder,
      ),
      arguments: link(
        s.clashSideArguments,
        s.clashSideArguments.clashSideId,
        s.clashSideArguments.argumentId,
        s.clashSideArguments.sortOrder,
      ),
    },
    newId: async (db, v) => nextNumberedId(db, s.clashSides, `${String(v.clashId)}-side-`),
  },
  prompt: {
    table: s.prompts,
    links: {
      clashes: link(s.promptClashes, s.promptClashes.promptId, s.promptClashes.clashId, s.promptClashes.sortOrder),
    },
  },
};

/** The table holding the rows a "ref" field of the given target type points at. */
export function targetTable(type: EntityType) {
  return SERVER_SPECS[type].table;
}
