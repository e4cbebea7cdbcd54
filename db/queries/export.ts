import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { CaseExportData } from "@/lib/export/types";
import type { Db } from "../client";
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
    .select({
      id: s.cases.id,
      slug: s.cases.slug,
      title: s.cases.title,
      summary: s.cases.summary,
      startDate: s.cases.startDate,
      endDate: s.cases.endDate,
      dateNote: s.cases.dateNote,
      timelineStart: s.cases.timelineStart,
      timelineEnd: s.cases.timelineEnd,
      nameVariants: s.cases.nameVariants,
    })
    .from(s.cases)
    .where(and(eq(s.cases.slug, slug), isPublic(s.cases)));
  if (!caseRow) return null;
  const caseId = caseRow.id;

  const documents = await db
    .select({
      id: s.documents.id,
      isCaseArticle: s.documents.isCaseArticle,
      kind: s.documents.kind,
      title: s.documents.title,
      titleNote: s.documents.titleNote,
      publisher: s.documents.publisher,
      publisherNote: s.documents.publisherNote,
      publicationDate: s.documents.publicationDate,
      datePrecision: s.documents.datePrecision,
      dateApproximate: s.documents.dateApproximate,
      dateNote: s.documents.dateNote,
      url: s.documents.url,
      language: s.documents.language,
      text: s.documents.text,
      sha256: s.documents.sha256,
    })
    .from(s.documents)
    .where(and(eq(s.documents.caseId, caseId), isPublic(s.documents)))
    .orderBy(asc(s.documents.id));
  const documentIds = documents.map((d) => d.id);
  const anchors = documentIds.length
    ? await db
        .select({
          id: s.anchors.id,
          documentId: s.anchors.documentId,
          exact: s.anchors.exact,
          prefix: s.anchors.prefix,
          suffix: s.anchors.suffix,
          start: s.anchors.start,
          end: s.anchors.end,
        })
        .from(s.anchors)
        .where(and(inArray(s.anchors.documentId, documentIds), isPublic(s.anchors)))
        .orderBy(asc(s.anchors.start), asc(s.anchors.id))
    : [];
  const anchorIds = anchors.map((a) => a.id);

  const positions = await db
    .select({
      id: s.positions.id,
      title: s.positions.title,
      summary: s.positions.summary,
      stance: s.positions.stance,
      legalFrame: s.positions.legalFrame,
      sortOrder: s.positions.sortOrder,
    })
    .from(s.positions)
    .where(and(eq(s.positions.caseId, caseId), isPublic(s.positions)))
    .orderBy(asc(s.positions.sortOrder), asc(s.positions.id));
  const positionIds = positions.map((p) => p.id);
  const args = positionIds.length
    ? await db
        .select({
          id: s.debateArguments.id,
          positionId: s.debateArguments.positionId,
          claim: s.debateArguments.claim,
          explanation: s.debateArguments.explanation,
          derivedFrom: s.debateArguments.derivedFrom,
          placementNote: s.debateArguments.placementNote,
          sortOrder: s.debateArguments.sortOrder,
        })
        .from(s.debateArguments)
        .where(and(inArray(s.debateArguments.positionId, positionIds), isPublic(s.debateArguments)))
        .orderBy(asc(s.debateArguments.sortOrder), asc(s.debateArguments.id))
    : [];
  const argumentIds = args.map((a) => a.id);
  // An empty IN () is not valid SQL: with no ids, match nothing.
  const inIds = (col: PgColumn, ids: string[]) => (ids.length ? inArray(col, ids) : sql`false`);
  const inArgs = (col: PgColumn) => inIds(col, argumentIds);

  const events = await db
    .select({
      id: s.events.id,
      title: s.events.title,
      kind: s.events.kind,
      date: s.events.date,
      endDate: s.events.endDate,
      datePrecision: s.events.datePrecision,
      dateNote: s.events.dateNote,
      timeZoneNote: s.events.timeZoneNote,
      place: s.events.place,
      summary: s.events.summary,
      inArticle: s.events.inArticle,
      articleNote: s.events.articleNote,
      verification: s.events.verification,
      unconfirmedDetails: s.events.unconfirmedDetails,
    })
    .from(s.events)
    .where(and(eq(s.events.caseId, caseId), isPublic(s.events)))
    .orderBy(asc(s.events.date), asc(s.events.id));
  const eventIds = events.map((e) => e.id);
  const quotes = await db
    .select({
      id: s.quotes.id,
      speakerId: s.quotes.speakerId,
      text: s.quotes.text,
      date: s.quotes.date,
      datePrecision: s.quotes.datePrecision,
      dateApproximate: s.quotes.dateApproximate,
      dateNote: s.quotes.dateNote,
      anchorId: visibleRef(s.quotes.anchorId, visible.anchor),
      // "In the article" means "anchored there": without a visible anchor it cannot hold.
      inArticle: sql<boolean>`${s.quotes.inArticle} and ${visible.anchor(s.quotes.anchorId)}`,
      fragment: s.quotes.fragment,
      textNote: s.quotes.textNote,
      sourceUrl: s.quotes.sourceUrl,
      reportedBy: s.quotes.reportedBy,
      attributionNote: s.quotes.attributionNote,
      variantOfId: visibleRef(s.quotes.variantOfId, visible.quote),
      excerptOfId: visibleRef(s.quotes.excerptOfId, visible.quote),
      unconfirmed: s.quotes.unconfirmed,
      verifiedBy: s.quotes.verifiedBy,
      verifiedOn: s.quotes.verifiedOn,
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
      .select({
        id: s.citations.id,
        argumentId: s.citations.argumentId,
        legalSourceId: s.citations.legalSourceId,
        pinpoint: s.citations.pinpoint,
        use: s.citations.use,
        note: s.citations.note,
        sortOrder: s.citations.sortOrder,
      })
      .from(s.citations)
      .where(and(inArgs(s.citations.argumentId), isPublic(s.citations), visible.legalSource(s.citations.legalSourceId)))
      .orderBy(asc(s.citations.argumentId), asc(s.citations.sortOrder), asc(s.citations.id)),
    db
      .select({
        id: s.argumentRelations.id,
        fromArgumentId: s.argumentRelations.fromArgumentId,
        fromPositionId: s.argumentRelations.fromPositionId,
        toArgumentId: s.argumentRelations.toArgumentId,
        toPositionId: s.argumentRelations.toPositionId,
        toEventId: s.argumentRelations.toEventId,
        kind: s.argumentRelations.kind,
        note: s.argumentRelations.note,
        inferred: s.argumentRelations.inferred,
        sortOrder: s.argumentRelations.sortOrder,
      })
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
      .select()
      .from(s.argumentAttributions)
      .where(and(inArgs(s.argumentAttributions.argumentId), visible.actor(s.argumentAttributions.actorId)))
      .orderBy(asc(s.argumentAttributions.argumentId), asc(s.argumentAttributions.sortOrder)),
    db
      .select()
      .from(s.argumentEvents)
      .where(and(inArgs(s.argumentEvents.argumentId), inIds(s.argumentEvents.eventId, eventIds)))
      .orderBy(asc(s.argumentEvents.argumentId), asc(s.argumentEvents.sortOrder)),
    db
      .select()
      .from(s.argumentQuotes)
      .where(and(inArgs(s.argumentQuotes.argumentId), inIds(s.argumentQuotes.quoteId, quoteIds)))
      .orderBy(asc(s.argumentQuotes.argumentId), asc(s.argumentQuotes.sortOrder)),
    db
      .select()
      .from(s.argumentAnchors)
      .where(and(inArgs(s.argumentAnchors.argumentId), inIds(s.argumentAnchors.anchorId, anchorIds)))
      .orderBy(asc(s.argumentAnchors.argumentId), asc(s.argumentAnchors.sortOrder)),
    positionIds.length
      ? db
          .select()
          .from(s.positionActors)
          .where(and(inArray(s.positionActors.positionId, positionIds), visible.actor(s.positionActors.actorId)))
          .orderBy(asc(s.positionActors.positionId), asc(s.positionActors.role), asc(s.positionActors.sortOrder))
      : [],
    eventIds.length
      ? db
          .select()
          .from(s.eventActors)
          .where(and(inArray(s.eventActors.eventId, eventIds), visible.actor(s.eventActors.actorId)))
          .orderBy(asc(s.eventActors.eventId), asc(s.eventActors.sortOrder))
      : [],
    eventIds.length
      ? db
          .select()
          .from(s.eventLegalSources)
          .where(
            and(inArray(s.eventLegalSources.eventId, eventIds), visible.legalSource(s.eventLegalSources.legalSourceId)),
          )
          .orderBy(asc(s.eventLegalSources.eventId), asc(s.eventLegalSources.sortOrder))
      : [],
    eventIds.length
      ? db
          .select()
          .from(s.eventAnchors)
          .where(and(inArray(s.eventAnchors.eventId, eventIds), inIds(s.eventAnchors.anchorId, anchorIds)))
          .orderBy(asc(s.eventAnchors.eventId), asc(s.eventAnchors.sortOrder))
      : [],
    quoteIds.length
      ? db
          .select()
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
  const legalSources: (typeof s.legalSources.$inferSelect)[] = [];
  while (frontier.length) {
    const rows = await db
      .select()
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
        .select()
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
  const actorIds = new Set([
    ...quotes.map((q) => q.speakerId),
    ...attributions.map((a) => a.actorId),
    ...positionActors.map((p) => p.actorId),
    ...eventActors.map((e) => e.actorId),
    ...legalSourceActors.map((l) => l.actorId),
  ]);
  const actors = actorIds.size
    ? await db
        .select({
          id: s.actors.id,
          name: s.actors.name,
          kind: s.actors.kind,
          role: s.actors.role,
          affiliation: s.actors.affiliation,
          usState: s.actors.usState,
          aliases: s.actors.aliases,
          summary: s.actors.summary,
        })
        .from(s.actors)
        .where(and(inArray(s.actors.id, [...actorIds]), isPublic(s.actors)))
        .orderBy(asc(s.actors.id))
    : [];

  const clashes = await db
    .select({ id: s.clashes.id, question: s.clashes.question, sortOrder: s.clashes.sortOrder })
    .from(s.clashes)
    .where(and(eq(s.clashes.caseId, caseId), isPublic(s.clashes)))
    .orderBy(asc(s.clashes.sortOrder), asc(s.clashes.id));
  const clashIds = clashes.map((c) => c.id);
  const clashSides = clashIds.length
    ? await db
        .select({
          id: s.clashSides.id,
          clashId: s.clashSides.clashId,
          label: s.clashSides.label,
          sortOrder: s.clashSides.sortOrder,
        })
        .from(s.clashSides)
        .where(and(inArray(s.clashSides.clashId, clashIds), isPublic(s.clashSides)))
        .orderBy(asc(s.clashSides.clashId), asc(s.clashSides.sortOrder))
    : [];
  const sideIds = clashSides.map((c) => c.id);
  const [clashSideArguments, clashSidePositions] = sideIds.length
    ? await Promise.all([
        db
          .select()
          .from(s.clashSideArguments)
          .where(and(inArray(s.clashSideArguments.clashSideId, sideIds), inArgs(s.clashSideArguments.argumentId)))
          .orderBy(asc(s.clashSideArguments.clashSideId), asc(s.clashSideArguments.sortOrder)),
        db
          .select()
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
    .select({ id: s.prompts.id, prompt: s.prompts.prompt, sortOrder: s.prompts.sortOrder })
    .from(s.prompts)
    .where(and(eq(s.prompts.caseId, caseId), isPublic(s.prompts)))
    .orderBy(asc(s.prompts.sortOrder), asc(s.prompts.id));
  const promptClashes = prompts.length
    ? await db
        .select()
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

  const strip = <T extends { createdAt?: unknown }>(rows: T[]) => rows.map(({ createdAt: _, ...r }) => r);
  const sourceRows = legalSources.map(
    ({ createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, status: _s, searchVector: _sv, ...r }) => r,
  );
  return {
    case: caseRow,
    documents,
    anchors,
    actors,
    legalSources: sourceRows,
    legalSourceActors: strip(legalSourceActors),
    positions,
    positionActors: strip(positionActors),
    arguments: args,
    argumentAttributions: strip(attributions),
    citations,
    argumentRelations: relations,
    events,
    eventActors: strip(eventActors),
    eventLegalSources: strip(eventLegalSources),
    eventAnchors: strip(eventAnchors),
    quotes,
    quoteEvents: strip(quoteEvents),
    argumentEvents: strip(argumentEvents),
    argumentQuotes: strip(argumentQuotes),
    argumentAnchors: strip(argumentAnchors),
    clashes,
    clashSides,
    clashSideArguments: strip(clashSideArguments),
    clashSidePositions: strip(clashSidePositions),
    prompts,
    promptClashes: strip(promptClashes),
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
