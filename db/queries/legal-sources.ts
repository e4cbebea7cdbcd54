import { and, asc, count, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { formatCitation, type LegalSourceKind } from "@/lib/bluebook";
import type { Db } from "../client";
import {
  actors,
  cases,
  citations,
  debateArguments,
  eventLegalSources,
  events,
  keyPassages,
  legalSourceActors,
  legalSources,
  positions,
} from "../schema";
import { groupBy, isPublic, likePattern, updatedOn, visible } from "./_shared";

export interface LegalSourceFilter {
  kind?: LegalSourceKind;
  /** Words to find in the title, citation, summary or other names. */
  text?: string;
  limit: number;
  offset: number;
}

/** Published legal sources, filtered by kind and text, with how many citations each has. */
export async function listLegalSources(db: Db, filter: LegalSourceFilter) {
  // visible.legalSource of the row itself, written so that the row's own columns filter it while
  // legal_sources_order_idx is walked; only a provision walks up to its statute.
  const conditions = [
    isPublic(legalSources),
    or(isNull(legalSources.parentId), visible.legalSource(legalSources.parentId))!,
  ];
  if (filter.kind) conditions.push(eq(legalSources.kind, filter.kind));
  const words = filter.text?.trim().split(/\s+/).filter(Boolean) ?? [];
  for (const word of words) {
    const pattern = likePattern(word);
    conditions.push(
      or(
        ilike(legalSources.shortTitle, pattern),
        ilike(legalSources.citation, pattern),
        ilike(legalSources.summary, pattern),
        sql`array_to_string(${legalSources.alsoKnownAs}, ' ') ilike ${pattern}`,
      )!,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: legalSources.id,
        kind: legalSources.kind,
        shortTitle: legalSources.shortTitle,
        citation: legalSources.citation,
        date: legalSources.date,
        datePrecision: legalSources.datePrecision,
        parentId: legalSources.parentId,
        legalStatus: legalSources.legalStatus,
      })
      .from(legalSources)
      .where(where)
      .orderBy(asc(legalSources.kind), asc(legalSources.date), asc(legalSources.citation)) // an enum sorts in its declared order
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(legalSources).where(where),
  ]);
  // Counted for this page only (citations_source_idx), not for every source.
  const counts = rows.length
    ? await db
        .select({ sourceId: citations.legalSourceId, n: count() })
        .from(citations)
        .where(
          and(
            inArray(
              citations.legalSourceId,
              rows.map((r) => r.id),
            ),
            isPublic(citations),
            visible.argument(citations.argumentId),
          ),
        )
        .groupBy(citations.legalSourceId)
    : [];
  const countOf = new Map(counts.map((c) => [c.sourceId, c.n]));
  return { items: rows.map((r) => ({ ...r, citationCount: countOf.get(r.id) ?? 0 })), total: total?.n ?? 0 };
}

const parent = alias(legalSources, "parent");
const repealer = alias(legalSources, "repealer");

/**
 * One published legal source: citation, summary, links, parent and child provisions,
 * the people behind it, the events it figures in, and every argument that cites it or
 * one of its provisions, grouped by case and position.
 */
export async function getLegalSourceById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: legalSources.id,
      kind: legalSources.kind,
      shortTitle: legalSources.shortTitle,
      citation: legalSources.citation,
      citationNote: legalSources.citationNote,
      date: legalSources.date,
      datePrecision: legalSources.datePrecision,
      dateNote: legalSources.dateNote,
      url: legalSources.url,
      urlNote: legalSources.urlNote,
      additionalUrls: legalSources.additionalUrls,
      mirrorUrl: legalSources.mirrorUrl,
      mirrorNote: legalSources.mirrorNote,
      summary: legalSources.summary,
      alsoKnownAs: legalSources.alsoKnownAs,
      relatedCitations: legalSources.relatedCitations,
      actSection: legalSources.actSection,
      enactedBy: legalSources.enactedBy,
      legalStatus: legalSources.legalStatus,
      history: legalSources.history,
      verification: legalSources.verification,
      updatedOn: updatedOn(legalSources),
      verifiedBy: legalSources.verifiedBy,
      verifiedOn: legalSources.verifiedOn,
      unconfirmed: legalSources.unconfirmed,
      parentId: parent.id,
      parentShortTitle: parent.shortTitle,
      parentCitation: parent.citation,
      repealedById: repealer.id,
      repealedByShortTitle: repealer.shortTitle,
      repealedByCitation: repealer.citation,
    })
    .from(legalSources)
    .leftJoin(parent, and(eq(parent.id, legalSources.parentId), isPublic(parent)))
    .leftJoin(repealer, and(eq(repealer.id, legalSources.repealedById), visible.legalSource(repealer.id)))
    .where(and(eq(legalSources.id, id), visible.legalSource(legalSources.id)));
  if (!row) return null;

  const [children, people, eventRows, passages] = await Promise.all([
    db
      .select({
        id: legalSources.id,
        kind: legalSources.kind,
        shortTitle: legalSources.shortTitle,
        citation: legalSources.citation,
        actSection: legalSources.actSection,
      })
      .from(legalSources)
      .where(and(eq(legalSources.parentId, id), isPublic(legalSources)))
      .orderBy(asc(legalSources.citation)),
    db
      .select({ role: legalSourceActors.role, id: actors.id, name: actors.name })
      .from(legalSourceActors)
      .innerJoin(actors, eq(actors.id, legalSourceActors.actorId))
      .where(and(eq(legalSourceActors.legalSourceId, id), isPublic(actors)))
      .orderBy(asc(legalSourceActors.role), asc(legalSourceActors.sortOrder)),
    db
      .select({
        id: events.id,
        title: events.title,
        date: events.date,
        datePrecision: events.datePrecision,
        kind: events.kind,
        caseSlug: cases.slug,
      })
      .from(eventLegalSources)
      .innerJoin(events, eq(events.id, eventLegalSources.eventId))
      .innerJoin(cases, eq(cases.id, events.caseId))
      .where(and(eq(eventLegalSources.legalSourceId, id), isPublic(events), isPublic(cases)))
      .orderBy(asc(events.date)),
    getKeyPassages(db, [id]),
  ]);
  const citedBy = await getCitedBy(db, [id, ...children.map((c) => c.id)]);

  const {
    parentId,
    parentShortTitle,
    parentCitation,
    repealedById,
    repealedByShortTitle,
    repealedByCitation,
    ...source
  } = row;
  return {
    ...source,
    parent: parentId ? { id: parentId, shortTitle: parentShortTitle!, citation: parentCitation! } : null,
    repealedBy: repealedById
      ? { id: repealedById, shortTitle: repealedByShortTitle!, citation: repealedByCitation! }
      : null,
    children,
    authors: people.filter((p) => p.role === "author").map(({ id, name }) => ({ id, name })),
    addressees: people.filter((p) => p.role === "addressee").map(({ id, name }) => ({ id, name })),
    sponsors: people.filter((p) => p.role === "sponsor").map(({ id, name }) => ({ id, name })),
    events: eventRows,
    keyPassages: passages,
    citedBy,
  };
}

/**
 * The published key passages of the given sources, in each source's order, each with its
 * Bluebook citation at its pinpoint (and opinion): what a reader pastes under the quote.
 */
export async function getKeyPassages(db: Db, sourceIds: string[]) {
  if (sourceIds.length === 0) return [];
  const rows = await db
    .select({
      id: keyPassages.id,
      legalSourceId: keyPassages.legalSourceId,
      pinpoint: keyPassages.pinpoint,
      opinion: keyPassages.opinion,
      text: keyPassages.text,
      verification: keyPassages.verification,
      citationParts: legalSources.citationParts,
    })
    .from(keyPassages)
    .innerJoin(legalSources, eq(legalSources.id, keyPassages.legalSourceId))
    .where(and(inArray(keyPassages.legalSourceId, sourceIds), isPublic(keyPassages)))
    .orderBy(asc(keyPassages.legalSourceId), asc(keyPassages.sortOrder), asc(keyPassages.id));
  return rows.map(({ citationParts, ...p }) => ({
    ...p,
    citation: formatCitation(citationParts, p.opinion ? `${p.pinpoint} (${p.opinion})` : p.pinpoint),
  }));
}

export type KeyPassage = Awaited<ReturnType<typeof getKeyPassages>>[number];

/** Every published argument citing any of the sources, grouped case → position → argument. */
async function getCitedBy(db: Db, sourceIds: string[]) {
  const rows = await db
    .select({
      caseSlug: cases.slug,
      caseTitle: cases.title,
      positionId: positions.id,
      positionTitle: positions.title,
      argumentId: debateArguments.id,
      claim: debateArguments.claim,
      citationId: citations.id,
      pinpoint: citations.pinpoint,
      use: citations.use,
      sourceId: legalSources.id,
      sourceShortTitle: legalSources.shortTitle,
      citationParts: legalSources.citationParts,
    })
    .from(citations)
    .innerJoin(legalSources, eq(legalSources.id, citations.legalSourceId))
    .innerJoin(debateArguments, eq(debateArguments.id, citations.argumentId))
    .innerJoin(positions, eq(positions.id, debateArguments.positionId))
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(
      and(
        inArray(citations.legalSourceId, sourceIds),
        isPublic(citations),
        isPublic(debateArguments),
        isPublic(positions),
        isPublic(cases),
      ),
    )
    .orderBy(
      asc(cases.startDate),
      asc(cases.slug),
      asc(positions.sortOrder),
      asc(debateArguments.sortOrder),
      asc(citations.sortOrder),
    );

  return [...groupBy(rows, (r) => r.caseSlug).values()].map((caseRows) => ({
    caseSlug: caseRows[0]!.caseSlug,
    caseTitle: caseRows[0]!.caseTitle,
    positions: [...groupBy(caseRows, (r) => r.positionId).values()].map((positionRows) => ({
      id: positionRows[0]!.positionId,
      title: positionRows[0]!.positionTitle,
      arguments: [...groupBy(positionRows, (r) => r.argumentId).values()].map((argumentRows) => ({
        id: argumentRows[0]!.argumentId,
        claim: argumentRows[0]!.claim,
        citations: argumentRows.map((r) => ({
          id: r.citationId,
          sourceId: r.sourceId,
          sourceShortTitle: r.sourceShortTitle,
          pinpoint: r.pinpoint,
          use: r.use,
          formatted: formatCitation(r.citationParts, r.pinpoint),
        })),
      })),
    })),
  }));
}
