import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { CaseExportData, ExportedLegalSource } from "@/lib/export/types";
import type { Db } from "../client";
import { fileColumns } from "../content-model";
import * as s from "../schema";
import { isPublic, visible, visibleRef } from "./_shared";

/**
 * Every published row of a case, table by table, with the columns needed to rebuild it
 * (no timestamps or versions), in a stable order: the basis of every export format.
 * Nothing names a row readers cannot see (ids spell out their titles): a link row is
 * kept only when both its ends are exported, a row that needs a hidden one (a quote by a
 * draft speaker, a citation of a draft source) is left out, and an optional reference to
 * a hidden row is left empty (see docs/decisions/0006).
 */
export async function getCaseExportData(db: Db, slug: string): Promise<CaseExportData | null> {
  const [caseRow] = await db
    .select(fileColumns(s.cases))
    .from(s.cases)
    .where(and(eq(s.cases.slug, slug), isPublic(s.cases)));
  if (!caseRow) return null;
  const caseId = caseRow.id;

  const documents = await db
    .select(fileColumns(s.documents))
    .from(s.documents)
    .where(and(eq(s.documents.caseId, caseId), isPublic(s.documents)))
    .orderBy(asc(s.documents.id));
  const documentIds = documents.map((d) => d.id);
  const anchors = documentIds.length
    ? await db
        .select(fileColumns(s.anchors))
        .from(s.anchors)
        .where(and(inArray(s.anchors.documentId, documentIds), isPublic(s.anchors)))
        .orderBy(asc(s.anchors.start), asc(s.anchors.id))
    : [];
  const anchorIds = anchors.map((a) => a.id);

  const positions = await db
    .select(fileColumns(s.positions))
    .from(s.positions)
    .where(and(eq(s.positions.caseId, caseId), isPublic(s.positions)))
    .orderBy(asc(s.positions.sortOrder), asc(s.positions.id));
  const positionIds = positions.map((p) => p.id);
  const args = positionIds.length
    ? await db
        .select(fileColumns(s.debateArguments))
        .from(s.debateArguments)
        .where(and(inArray(s.debateArguments.positionId, positionIds), isPublic(s.debateArguments)))
        .orderBy(asc(s.debateArguments.sortOrder), asc(s.debateArguments.id))
    : [];
  const argumentIds = args.map((a) => a.id);
  // An empty IN () is not valid SQL: with no ids, match nothing.
  const inIds = (col: PgColumn, ids: string[]) => (ids.length ? inArray(col, ids) : sql`false`);
  const inArgs = (col: PgColumn) => inIds(col, argumentIds);

  const events = await db
    .select(fileColumns(s.events))
    .from(s.events)
    .where(and(eq(s.events.caseId, caseId), isPublic(s.events)))
    .orderBy(asc(s.events.date), asc(s.events.id));
  const eventIds = events.map((e) => e.id);
  const quotes = await db
    .select({
      ...fileColumns(s.quotes),
      // References to hidden rows are left empty.
      anchorId: visibleRef(s.quotes.anchorId, visible.anchor),
      variantOfId: visibleRef(s.quotes.variantOfId, visible.quote),
      excerptOfId: visibleRef(s.quotes.excerptOfId, visible.quote),
      // "In the article" means "anchored there": without a visible anchor it cannot hold.
      inArticle: sql<boolean>`${s.quotes.inArticle} and ${visible.anchor(s.quotes.anchorId)}`,
    })
    .from(s.quotes)
    .where(and(eq(s.quotes.caseId, caseId), isPublic(s.quotes), visible.actor(s.quotes.speakerId)))
    .orderBy(asc(s.quotes.date), asc(s.quotes.id));
  const quoteIds = quotes.map((q) => q.id);

  const [
    citations,
    relations,
    attributions,
    argumentEvents,
    argumentQuotes,
    argumentAnchors,
    positionActors,
    eventActors,
    eventLegalSources,
    eventAnchors,
    quoteEvents,
  ] = await Promise.all([
    db
      .select(fileColumns(s.citations))
      .from(s.citations)
      .where(and(inArgs(s.citations.argumentId), isPublic(s.citations), visible.legalSource(s.citations.legalSourceId)))
      .orderBy(asc(s.citations.argumentId), asc(s.citations.sortOrder), asc(s.citations.id)),
    db
      .select(fileColumns(s.argumentRelations))
      .from(s.argumentRelations)
      .where(
        and(
          isPublic(s.argumentRelations),
          or(inArgs(s.argumentRelations.fromArgumentId), inIds(s.argumentRelations.fromPositionId, positionIds)),
          or(
            inArgs(s.argumentRelations.toArgumentId),
            inIds(s.argumentRelations.toPositionId, positionIds),
            inIds(s.argumentRelations.toEventId, eventIds),
          ),
        ),
      )
      .orderBy(asc(s.argumentRelations.sortOrder), asc(s.argumentRelations.id)),
    db
      .select(fileColumns(s.argumentAttributions))
      .from(s.argumentAttributions)
      .where(and(inArgs(s.argumentAttributions.argumentId), visible.actor(s.argumentAttributions.actorId)))
      .orderBy(asc(s.argumentAttributions.argumentId), asc(s.argumentAttributions.sortOrder)),
    db
      .select(fileColumns(s.argumentEvents))
      .from(s.argumentEvents)
      .where(and(inArgs(s.argumentEvents.argumentId), inIds(s.argumentEvents.eventId, eventIds)))
      .orderBy(asc(s.argumentEvents.argumentId), asc(s.argumentEvents.sortOrder)),
    db
      .select(fileColumns(s.argumentQuotes))
      .from(s.argumentQuotes)
      .where(and(inArgs(s.argumentQuotes.argumentId), inIds(s.argumentQuotes.quoteId, quoteIds)))
      .orderBy(asc(s.argumentQuotes.argumentId), asc(s.argumentQuotes.sortOrder)),
    db
      .select(fileColumns(s.argumentAnchors))
      .from(s.argumentAnchors)
      .where(and(inArgs(s.argumentAnchors.argumentId), inIds(s.argumentAnchors.anchorId, anchorIds)))
      .orderBy(asc(s.argumentAnchors.argumentId), asc(s.argumentAnchors.sortOrder)),
    positionIds.length
      ? db
          .select(fileColumns(s.positionActors))
          .from(s.positionActors)
          .where(and(inArray(s.positionActors.positionId, positionIds), visible.actor(s.positionActors.actorId)))
          .orderBy(asc(s.positionActors.positionId), asc(s.positionActors.role), asc(s.positionActors.sortOrder))
      : [],
    eventIds.length
      ? db
          .select(fileColumns(s.eventActors))
          .from(s.eventActors)
          .where(and(inArray(s.eventActors.eventId, eventIds), visible.actor(s.eventActors.actorId)))
          .orderBy(asc(s.eventActors.eventId), asc(s.eventActors.sortOrder))
      : [],
    eventIds.length
      ? db
          .select(fileColumns(s.eventLegalSources))
          .from(s.eventLegalSources)
          .where(
            and(inArray(s.eventLegalSources.eventId, eventIds), visible.legalSource(s.eventLegalSources.legalSourceId)),
          )
          .orderBy(asc(s.eventLegalSources.eventId), asc(s.eventLegalSources.sortOrder))
      : [],
    eventIds.length
      ? db
          .select(fileColumns(s.eventAnchors))
          .from(s.eventAnchors)
          .where(and(inArray(s.eventAnchors.eventId, eventIds), inIds(s.eventAnchors.anchorId, anchorIds)))
          .orderBy(asc(s.eventAnchors.eventId), asc(s.eventAnchors.sortOrder))
      : [],
    quoteIds.length
      ? db
          .select(fileColumns(s.quoteEvents))
          .from(s.quoteEvents)
          .where(and(inArray(s.quoteEvents.quoteId, quoteIds), inIds(s.quoteEvents.eventId, eventIds)))
          .orderBy(asc(s.quoteEvents.quoteId), asc(s.quoteEvents.sortOrder))
      : [],
  ]);

  // Legal sources and actors the case uses, with the provisions' parents and what repealed them.
  const sourceIds = new Set([
    ...citations.map((c) => c.legalSourceId),
    ...eventLegalSources.map((e) => e.legalSourceId),
  ]);
  let frontier = [...sourceIds];
  const legalSources: ExportedLegalSource[] = [];
  while (frontier.length) {
    const rows = await db
      .select(fileColumns(s.legalSources))
      .from(s.legalSources)
      .where(and(inArray(s.legalSources.id, frontier), visible.legalSource(s.legalSources.id)));
    legalSources.push(...rows);
    frontier = rows
      .flatMap((r) => [r.parentId, r.repealedById])
      .filter((id): id is string => !!id && !sourceIds.has(id));
    for (const id of frontier) sourceIds.add(id);
  }
  legalSources.sort((a, b) => a.id.localeCompare(b.id));
  // A parent is visible whenever its provision is; what repealed a source may not be.
  const exportedSources = new Set(legalSources.map((l) => l.id));
  for (const l of legalSources) if (l.repealedById && !exportedSources.has(l.repealedById)) l.repealedById = null;
  const legalSourceActors = legalSources.length
    ? await db
        .select(fileColumns(s.legalSourceActors))
        .from(s.legalSourceActors)
        .where(
          and(
            inArray(
              s.legalSourceActors.legalSourceId,
              legalSources.map((l) => l.id),
            ),
            visible.actor(s.legalSourceActors.actorId),
          ),
        )
        .orderBy(
          asc(s.legalSourceActors.legalSourceId),
          asc(s.legalSourceActors.role),
          asc(s.legalSourceActors.sortOrder),
        )
    : [];
  const keyPassages = legalSources.length
    ? await db
        .select(fileColumns(s.keyPassages))
        .from(s.keyPassages)
        .where(
          and(
            inArray(
              s.keyPassages.legalSourceId,
              legalSources.map((l) => l.id),
            ),
            isPublic(s.keyPassages),
          ),
        )
        .orderBy(asc(s.keyPassages.legalSourceId), asc(s.keyPassages.sortOrder), asc(s.keyPassages.id))
    : [];
  const actorIds = new Set([
    ...quotes.map((q) => q.speakerId),
    ...attributions.map((a) => a.actorId),
    ...positionActors.map((p) => p.actorId),
    ...eventActors.map((e) => e.actorId),
    ...legalSourceActors.map((l) => l.actorId),
  ]);
  const actors = actorIds.size
    ? await db
        .select(fileColumns(s.actors))
        .from(s.actors)
        .where(and(inArray(s.actors.id, [...actorIds]), isPublic(s.actors)))
        .orderBy(asc(s.actors.id))
    : [];

  const clashes = await db
    .select(fileColumns(s.clashes))
    .from(s.clashes)
    .where(and(eq(s.clashes.caseId, caseId), isPublic(s.clashes)))
    .orderBy(asc(s.clashes.sortOrder), asc(s.clashes.id));
  const clashIds = clashes.map((c) => c.id);
  const clashSides = clashIds.length
    ? await db
        .select(fileColumns(s.clashSides))
        .from(s.clashSides)
        .where(and(inArray(s.clashSides.clashId, clashIds), isPublic(s.clashSides)))
        .orderBy(asc(s.clashSides.clashId), asc(s.clashSides.sortOrder))
    : [];
  const sideIds = clashSides.map((c) => c.id);
  const [clashSideArguments, clashSidePositions] = sideIds.length
    ? await Promise.all([
        db
          .select(fileColumns(s.clashSideArguments))
          .from(s.clashSideArguments)
          .where(and(inArray(s.clashSideArguments.clashSideId, sideIds), inArgs(s.clashSideArguments.argumentId)))
          .orderBy(asc(s.clashSideArguments.clashSideId), asc(s.clashSideArguments.sortOrder)),
        db
          .select(fileColumns(s.clashSidePositions))
          .from(s.clashSidePositions)
          .where(
            and(
              inArray(s.clashSidePositions.clashSideId, sideIds),
              inIds(s.clashSidePositions.positionId, positionIds),
            ),
          )
          .orderBy(asc(s.clashSidePositions.clashSideId), asc(s.clashSidePositions.sortOrder)),
      ])
    : [[], []];
  const prompts = await db
    .select(fileColumns(s.prompts))
    .from(s.prompts)
    .where(and(eq(s.prompts.caseId, caseId), isPublic(s.prompts)))
    .orderBy(asc(s.prompts.sortOrder), asc(s.prompts.id));
  const promptClashes = prompts.length
    ? await db
        .select(fileColumns(s.promptClashes))
        .from(s.promptClashes)
        .where(
          and(
            inArray(
              s.promptClashes.promptId,
              prompts.map((p) => p.id),
            ),
            inIds(s.promptClashes.clashId, clashIds),
          ),
        )
        .orderBy(asc(s.promptClashes.promptId), asc(s.promptClashes.sortOrder))
    : [];

  return {
    case: caseRow,
    documents,
    anchors,
    actors,
    legalSources,
    legalSourceActors,
    keyPassages,
    positions,
    positionActors,
    arguments: args,
    argumentAttributions: attributions,
    citations,
    argumentRelations: relations,
    events,
    eventActors,
    eventLegalSources,
    eventAnchors,
    quotes,
    quoteEvents,
    argumentEvents,
    argumentQuotes,
    argumentAnchors,
    clashes,
    clashSides,
    clashSideArguments,
    clashSidePositions,
    prompts,
    promptClashes,
  };
}

export type { CaseExportData };

/** The structured citations of the visible ones among the given sources (for CSL-JSON). */
export function getSourceCitationParts(db: Db, ids: string[]) {
  return db
    .select({ id: s.legalSources.id, citationParts: s.legalSources.citationParts })
    .from(s.legalSources)
    .where(and(inArray(s.legalSources.id, ids), visible.legalSource(s.legalSources.id)));
}
