import { and, eq, isNull, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { ENTITY_MODELS, type EntityModel } from "@/db/content-model";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { computeSelectors, AnchoringError } from "@/lib/anchoring";
import { parseCitation, type LegalSourceKind } from "@/lib/bluebook";
import { codePointLength } from "@/lib/code-points";
import type { EntityType } from "@/lib/curation/entities";
import type { Values } from "@/lib/curation/fields";
import { sha256Hex } from "@/lib/sha256";
import { fieldError } from "@/lib/errors";

/** What curation adds to an entity type's model (db/content-model.ts): computed columns and ids. */
interface Hooks {
  /** Columns computed from the values (digests, parsed citations, anchor offsets); may reject with field errors. */
  derive?: (db: Db, values: Values) => Promise<Record<string, unknown>>;
  /** Ids for rows whose id does not come from a title. */
  newId?: (db: Db, values: Values) => Promise<string>;
}

export type ServerSpec = EntityModel & Hooks;

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

const HOOKS: Partial<Record<EntityType, Hooks>> = {
  document: {
    derive: async (_db, v) => {
      const text = String(v.text ?? "");
      return { sha256: sha256Hex(text), lengthCodePoints: codePointLength(text) };
    },
  },
  relation: {
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
  keyPassage: {
    newId: async (db, v) => nextNumberedId(db, s.keyPassages, `${String(v.legalSourceId)}-passage-`),
  },
  citation: {
    newId: async (db, v) => nextNumberedId(db, s.citations, `${String(v.argumentId)}-cite-`),
  },
  event: {
    derive: async (_db, v) => {
      if (v.endDate && String(v.endDate) < String(v.date)) fieldError("endDate", "must not be before the date");
      return {};
    },
  },
  quote: {
    derive: async (_db, v) => {
      if (v.inArticle && !v.anchorId)
        fieldError("anchorId", "a quote in the article needs its anchor: select its words in the article reader");
      return {};
    },
  },
  anchor: {
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
  clashSide: {
    newId: async (db, v) => nextNumberedId(db, s.clashSides, `${String(v.clashId)}-side-`),
  },
};

/** Each entity type's table and links, with its curation hooks. */
export const SERVER_SPECS = Object.fromEntries(
  Object.values(ENTITY_MODELS).map((model) => [model.type, { ...model, ...HOOKS[model.type] }]),
) as Record<EntityType, ServerSpec>;

/** The table holding the rows a "ref" field of the given target type points at. */
export function targetTable(type: EntityType) {
  return SERVER_SPECS[type].table;
}
