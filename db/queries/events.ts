import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { actors, anchors, argumentEvents, debateArguments, eventActors, eventAnchors, eventLegalSources, events, legalSources } from "../schema";
import { groupBy, isPublic, visible } from "./_shared";

/** A case's published events in date order, with actors, the passages that mention them, their sources and the arguments resting on them. */
export async function listEvents(db: Db, caseId: string) {
  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      date: events.date,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
      dateNote: events.dateNote,
      timeZoneNote: events.timeZoneNote,
      place: events.place,
      summary: events.summary,
      inArticle: events.inArticle,
      articleNote: events.articleNote,
      verification: events.verification,
      unconfirmedDetails: events.unconfirmedDetails,
    })
    .from(events)
    .where(and(eq(events.caseId, caseId), isPublic(events)))
    .orderBy(asc(events.date), asc(events.endDate), asc(events.id));
  const ids = rows.map((e) => e.id);
  if (ids.length === 0) return [];

  const [actorRows, anchorRows, sourceRows, argumentRows] = await Promise.all([
    db
      .select({ eventId: eventActors.eventId, id: actors.id, name: actors.name })
      .from(eventActors)
      .innerJoin(actors, eq(actors.id, eventActors.actorId))
      .where(and(inArray(eventActors.eventId, ids), isPublic(actors)))
      .orderBy(asc(eventActors.sortOrder)),
    db
      .select({ eventId: eventAnchors.eventId, id: anchors.id, documentId: anchors.documentId, exact: anchors.exact, start: anchors.start, end: anchors.end })
      .from(eventAnchors)
      .innerJoin(anchors, eq(anchors.id, eventAnchors.anchorId))
      .where(and(inArray(eventAnchors.eventId, ids), visible.anchor(anchors.id)))
      .orderBy(asc(eventAnchors.sortOrder)),
    db
      .select({ eventId: eventLegalSources.eventId, id: legalSources.id, shortTitle: legalSources.shortTitle, citation: legalSources.citation })
      .from(eventLegalSources)
      .innerJoin(legalSources, eq(legalSources.id, eventLegalSources.legalSourceId))
      .where(and(inArray(eventLegalSources.eventId, ids), visible.legalSource(legalSources.id)))
      .orderBy(asc(eventLegalSources.sortOrder)),
    db
      .select({ eventId: argumentEvents.eventId, id: debateArguments.id, claim: debateArguments.claim, positionId: debateArguments.positionId })
      .from(argumentEvents)
      .innerJoin(debateArguments, eq(debateArguments.id, argumentEvents.argumentId))
      .where(and(inArray(argumentEvents.eventId, ids), visible.argument(debateArguments.id)))
      .orderBy(asc(debateArguments.sortOrder)),
  ]);
  const actorsBy = groupBy(actorRows, (r) => r.eventId);
  const anchorsBy = groupBy(anchorRows, (r) => r.eventId);
  const sourcesBy = groupBy(sourceRows, (r) => r.eventId);
  const argumentsBy = groupBy(argumentRows, (r) => r.eventId);
  const strip = <T extends { eventId: string }>(list: T[] | undefined) => (list ?? []).map(({ eventId: _, ...rest }) => rest);

  return rows.map((e) => ({
    ...e,
    actors: strip(actorsBy.get(e.id)),
    anchors: strip(anchorsBy.get(e.id)),
    legalSources: strip(sourcesBy.get(e.id)),
    arguments: strip(argumentsBy.get(e.id)),
  }));
}
