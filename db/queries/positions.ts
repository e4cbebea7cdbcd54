import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import {
  actors,
  argumentEvents,
  cases,
  citations,
  clashes,
  clashSidePositions,
  clashSides,
  debateArguments,
  positionActors,
  positions,
} from "../schema";
import { groupBy, isPublic, updatedOn, visible } from "./_shared";

/** One published position with its holders, arguments (with counts) and the clashes it takes a side in. */
export async function getPositionById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: positions.id,
      title: positions.title,
      summary: positions.summary,
      stance: positions.stance,
      legalFrame: positions.legalFrame,
      caseSlug: cases.slug,
      caseTitle: cases.title,
      updatedOn: updatedOn(positions),
    })
    .from(positions)
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(and(eq(positions.id, id), isPublic(positions), isPublic(cases)));
  if (!row) return null;

  const [people, argumentRows, sides] = await Promise.all([
    db
      .select({ role: positionActors.role, id: actors.id, name: actors.name, kind: actors.kind, role_: actors.role })
      .from(positionActors)
      .innerJoin(actors, eq(actors.id, positionActors.actorId))
      .where(and(eq(positionActors.positionId, id), isPublic(actors)))
      .orderBy(asc(positionActors.sortOrder)),
    db
      .select({ id: debateArguments.id, claim: debateArguments.claim, explanation: debateArguments.explanation })
      .from(debateArguments)
      .where(and(eq(debateArguments.positionId, id), isPublic(debateArguments)))
      .orderBy(asc(debateArguments.sortOrder), asc(debateArguments.id)),
    db
      .select({ clashId: clashes.id, question: clashes.question, sideId: clashSides.id, sideLabel: clashSides.label })
      .from(clashSidePositions)
      .innerJoin(clashSides, eq(clashSides.id, clashSidePositions.clashSideId))
      .innerJoin(clashes, eq(clashes.id, clashSides.clashId))
      .where(and(eq(clashSidePositions.positionId, id), visible.clashSide(clashSides.id)))
      .orderBy(asc(clashes.sortOrder), asc(clashSides.sortOrder)),
  ]);

  const argumentIds = argumentRows.map((a) => a.id);
  const [citationCounts, eventCounts] = argumentIds.length
    ? await Promise.all([
        db
          .select({ argumentId: citations.argumentId, n: count() })
          .from(citations)
          .where(
            and(
              inArray(citations.argumentId, argumentIds),
              isPublic(citations),
              visible.legalSource(citations.legalSourceId),
            ),
          )
          .groupBy(citations.argumentId),
        db
          .select({ argumentId: argumentEvents.argumentId, n: count() })
          .from(argumentEvents)
          .where(and(inArray(argumentEvents.argumentId, argumentIds), visible.event(argumentEvents.eventId)))
          .groupBy(argumentEvents.argumentId),
      ])
    : [[], []];
  const citationsBy = new Map(citationCounts.map((c) => [c.argumentId, c.n]));
  const eventsBy = new Map(eventCounts.map((c) => [c.argumentId, c.n]));
  const actorOf = ({ id, name, kind, role_ }: (typeof people)[number]) => ({ id, name, kind, role: role_ });

  return {
    ...row,
    holders: people.filter((p) => p.role === "holder").map(actorOf),
    discussants: people.filter((p) => p.role === "discussant").map(actorOf),
    arguments: argumentRows.map((a) => ({
      ...a,
      citationCount: citationsBy.get(a.id) ?? 0,
      eventCount: eventsBy.get(a.id) ?? 0,
    })),
    clashes: [...groupBy(sides, (s) => s.clashId).values()].map((list) => ({
      id: list[0]!.clashId,
      question: list[0]!.question,
      sides: list.map((s) => ({ id: s.sideId, label: s.sideLabel })),
    })),
  };
}
