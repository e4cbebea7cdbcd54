import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import {
  actors,
  argumentAttributions,
  cases,
  debateArguments,
  eventActors,
  events,
  legalSourceActors,
  legalSources,
  positionActors,
  positions,
  quotes,
} from "../schema";
import { isPublic, visible, visibleRef } from "./_shared";

/** One published actor: who they are, what they said, which positions they hold, what they did and wrote. */
export async function getActorById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: actors.id,
      name: actors.name,
      kind: actors.kind,
      role: actors.role,
      affiliation: actors.affiliation,
      usState: actors.usState,
      aliases: actors.aliases,
      summary: actors.summary,
    })
    .from(actors)
    .where(and(eq(actors.id, id), isPublic(actors)));
  if (!row) return null;

  const [quoteRows, positionRows, eventRows, sourceRows, argumentRows] = await Promise.all([
    db
      .select({
        id: quotes.id,
        text: quotes.text,
        date: quotes.date,
        datePrecision: quotes.datePrecision,
        dateApproximate: quotes.dateApproximate,
        fragment: quotes.fragment,
        anchorId: visibleRef(quotes.anchorId, visible.anchor),
        caseSlug: cases.slug,
      })
      .from(quotes)
      .innerJoin(cases, eq(cases.id, quotes.caseId))
      .where(and(eq(quotes.speakerId, id), isPublic(quotes), isPublic(cases)))
      .orderBy(asc(quotes.date), asc(quotes.id)),
    db
      .select({
        id: positions.id,
        title: positions.title,
        role: positionActors.role,
        caseSlug: cases.slug,
        caseTitle: cases.title,
      })
      .from(positionActors)
      .innerJoin(positions, eq(positions.id, positionActors.positionId))
      .innerJoin(cases, eq(cases.id, positions.caseId))
      .where(and(eq(positionActors.actorId, id), isPublic(positions), isPublic(cases)))
      .orderBy(asc(cases.slug), asc(positions.sortOrder)),
    db
      .select({
        id: events.id,
        title: events.title,
        kind: events.kind,
        date: events.date,
        datePrecision: events.datePrecision,
        caseSlug: cases.slug,
      })
      .from(eventActors)
      .innerJoin(events, eq(events.id, eventActors.eventId))
      .innerJoin(cases, eq(cases.id, events.caseId))
      .where(and(eq(eventActors.actorId, id), isPublic(events), isPublic(cases)))
      .orderBy(asc(events.date)),
    db
      .select({
        id: legalSources.id,
        shortTitle: legalSources.shortTitle,
        citation: legalSources.citation,
        role: legalSourceActors.role,
      })
      .from(legalSourceActors)
      .innerJoin(legalSources, eq(legalSources.id, legalSourceActors.legalSourceId))
      .where(and(eq(legalSourceActors.actorId, id), visible.legalSource(legalSources.id)))
      .orderBy(asc(legalSources.date)),
    db
      .select({ id: debateArguments.id, claim: debateArguments.claim, positionId: debateArguments.positionId })
      .from(argumentAttributions)
      .innerJoin(debateArguments, eq(debateArguments.id, argumentAttributions.argumentId))
      .where(and(eq(argumentAttributions.actorId, id), visible.argument(debateArguments.id)))
      .orderBy(asc(debateArguments.sortOrder)),
  ]);
  return {
    ...row,
    quotes: quoteRows,
    positions: positionRows,
    events: eventRows,
    legalSources: sourceRows,
    arguments: argumentRows,
  };
}
