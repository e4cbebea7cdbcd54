import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, jsonb, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { LEGAL_SOURCE_KINDS, type CitationParts, type LegislativeAction } from "@/lib/bluebook";
import {
  arrayText,
  curatedColumns,
  datePrecision,
  linkColumns,
  partialDateCheck,
  readableId,
  readableIdCheck,
  searchVector,
  sortOrder,
  verification,
} from "./_columns";
import { actors } from "./actors";

export const legalSourceKind = pgEnum("legal_source_kind", LEGAL_SOURCE_KINDS);
export const legalStatus = pgEnum("legal_status", ["in_force", "repealed", "expired", "pending", "failed"]);

export type { LegislativeAction };

/**
 * A constitution clause, statute, provision, treaty article, case, executive opinion,
 * presidential letter, diplomatic note or bill. Shared by all cases. Provisions hang
 * under their statute through `parentId` (the War Powers Resolution → § 1543(a)).
 */
export const legalSources = pgTable(
  "legal_sources",
  {
    id: readableId(),
    parentId: text().references((): AnyPgColumn => legalSources.id),
    kind: legalSourceKind().notNull(),
    shortTitle: text().notNull(),
    /** The full Bluebook citation, always equal to formatCitation(citationParts). */
    citation: text().notNull(),
    citationParts: jsonb().$type<CitationParts>().notNull(),
    citationNote: text(),
    date: text().notNull(),
    datePrecision: datePrecision().notNull(),
    dateNote: text(),
    url: text(),
    urlNote: text(),
    additionalUrls: text().array().notNull().default([]),
    mirrorUrl: text(),
    mirrorNote: text(),
    summary: text().notNull(),
    alsoKnownAs: text().array().notNull().default([]),
    relatedCitations: text().array().notNull().default([]),
    /** For a provision: its section in the act as passed, e.g. "WPR § 4(a)". */
    actSection: text(),
    /** For a provision added later: the law that enacted it. */
    enactedBy: text(),
    legalStatus: legalStatus(),
    repealedById: text().references((): AnyPgColumn => legalSources.id),
    history: jsonb().$type<LegislativeAction[]>().notNull().default([]),
    verification: verification().notNull(),
    verifiedBy: text(),
    verifiedOn: date({ mode: "string" }),
    /** Fields that could not be confirmed and are left empty rather than guessed. */
    unconfirmed: text().array().notNull().default([]),
    searchVector: searchVector([
      ["A", '"short_title"'],
      ["A", '"citation"'],
      ["A", arrayText("also_known_as")],
      ["B", arrayText("related_citations")],
      ["B", '"act_section"'],
      ["C", '"summary"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("legal_sources_search_idx").using("gin", t.searchVector),
    index("legal_sources_short_title_trgm_idx").using("gin", t.shortTitle.op("gin_trgm_ops")),
    index("legal_sources_citation_trgm_idx").using("gin", t.citation.op("gin_trgm_ops")),
    index("legal_sources_kind_idx").on(t.kind, t.shortTitle),
    // The source list's order: its first page is read off this index, not sorted from every row.
    index("legal_sources_order_idx").on(t.kind, t.date, t.citation),
    index("legal_sources_parent_idx").on(t.parentId),
    index("legal_sources_repealed_by_idx").on(t.repealedById),
    check("legal_sources_id_format", readableIdCheck(t.id)),
    check("legal_sources_date_format", partialDateCheck(t.date)),
    check("legal_sources_not_own_parent", sql`${t.parentId} is distinct from ${t.id}`),
    check("legal_sources_provision_has_parent", sql`${t.kind} <> 'provision' or ${t.parentId} is not null`),
    check("legal_sources_repeal", sql`${t.repealedById} is null or ${t.legalStatus} = 'repealed'`),
  ],
);

export const legalSourceActorRole = pgEnum("legal_source_actor_role", ["author", "addressee", "sponsor"]);

/** Who wrote, received or sponsored a source. */
export const legalSourceActors = pgTable(
  "legal_source_actors",
  {
    legalSourceId: text()
      .notNull()
      .references(() => legalSources.id),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    role: legalSourceActorRole().notNull(),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.legalSourceId, t.actorId, t.role] }),
    index("legal_source_actors_actor_idx").on(t.actorId),
  ],
);

/**
 * The law's own words: a verbatim passage of a source (public-domain text) with the
 * pinpoint where it appears and, for a separate opinion, whose opinion it is. Shared, like
 * the source it belongs to. Shown on the source page and beside every citation of the
 * source whose pinpoint it falls within.
 */
export const keyPassages = pgTable(
  "key_passages",
  {
    id: readableId(),
    legalSourceId: text()
      .notNull()
      .references(() => legalSources.id),
    /** Where in the source, as a citation gives it: "art. I, § 8, cl. 11", "§ 1541(c)", "at 637–38". */
    pinpoint: text().notNull(),
    /** For a separate opinion: whose, as Bluebook gives it ("Jackson, J., concurring"). */
    opinion: text(),
    text: text().notNull(),
    verification: verification().notNull(),
    sortOrder: sortOrder(),
    searchVector: searchVector([
      ["A", '"text"'],
      ["B", '"pinpoint"'],
      ["C", '"opinion"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("key_passages_source_idx").on(t.legalSourceId, t.sortOrder),
    index("key_passages_search_idx").using("gin", t.searchVector),
    check("key_passages_id_format", readableIdCheck(t.id)),
    check("key_passages_pinpoint_not_blank", sql`btrim(${t.pinpoint}) <> ''`),
    check("key_passages_text_not_blank", sql`btrim(${t.text}) <> ''`),
  ],
);
