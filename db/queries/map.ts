import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { CaseGraph } from "@/lib/map-graph";
import type { MapEdge, MapNode } from "@/lib/map-layout";
import type { Db } from "../client";
import { argumentEvents, argumentRelations, citations, debateArguments, events, legalSources, positions } from "../schema";
import { isPublic, visible } from "./_shared";

/** A case's published positions, arguments and relations as a graph. */
export async function getCaseGraph(db: Db, caseId: string): Promise<CaseGraph> {
  const positionRows = await db
    .select({ id: positions.id, title: positions.title })
    .from(positions)
    .where(and(eq(positions.caseId, caseId), isPublic(positions)))
    .orderBy(asc(positions.sortOrder), asc(positions.id));
  const positionIds = positionRows.map((p) => p.id);
  const argumentRows = positionIds.length
    ? await db
        .select({ id: debateArguments.id, claim: debateArguments.claim, positionId: debateArguments.positionId })
        .from(debateArguments)
        .where(and(inArray(debateArguments.positionId, positionIds), isPublic(debateArguments)))
        .orderBy(asc(debateArguments.sortOrder), asc(debateArguments.id))
    : [];
  const argumentIds = argumentRows.map((a) => a.id);
  const caseEvents = db.select({ id: events.id }).from(events).where(and(eq(events.caseId, caseId), isPublic(events)));
  const [relationRows, citationRows, eventRows] = argumentIds.length
    ? await Promise.all([
        db
          .select({
            id: argumentRelations.id,
            kind: argumentRelations.kind,
            fromArgumentId: argumentRelations.fromArgumentId,
            fromPositionId: argumentRelations.fromPositionId,
            toArgumentId: argumentRelations.toArgumentId,
            toPositionId: argumentRelations.toPositionId,
            toEventId: argumentRelations.toEventId,
          })
          .from(argumentRelations)
          // This case's relations only, in SQL: both ends among its published arguments and positions, or a published event of the case.
          .where(
            and(
              isPublic(argumentRelations),
              or(inArray(argumentRelations.fromArgumentId, argumentIds), inArray(argumentRelations.fromPositionId, positionIds)),
              or(
                inArray(argumentRelations.toArgumentId, argumentIds),
                inArray(argumentRelations.toPositionId, positionIds),
                inArray(argumentRelations.toEventId, caseEvents),
              ),
            ),
          )
          .orderBy(asc(argumentRelations.sortOrder), asc(argumentRelations.id)),
        db
          .select({ argumentId: citations.argumentId, sourceId: legalSources.id, parentId: legalSources.parentId })
          .from(citations)
          .innerJoin(legalSources, eq(legalSources.id, citations.legalSourceId))
          .where(and(inArray(citations.argumentId, argumentIds), isPublic(citations), visible.legalSource(legalSources.id))),
        db
          .select({ argumentId: argumentEvents.argumentId, eventId: events.id, title: events.title })
          .from(argumentEvents)
          .innerJoin(events, eq(events.id, argumentEvents.eventId))
          .where(and(inArray(argumentEvents.argumentId, argumentIds), visible.event(events.id))),
      ])
    : [[], [], []];

  const nodes: MapNode[] = [
    ...positionRows.map((p) => ({ id: p.id, kind: "position" as const, label: p.title, positionId: null })),
    ...argumentRows.map((a) => ({ id: a.id, kind: "argument" as const, label: a.claim, positionId: a.positionId })),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges: MapEdge[] = argumentRows.map((a) => ({ id: `member:${a.id}`, source: a.positionId, target: a.id, kind: "member" }));
  const eventTargets = new Set<string>();
  for (const r of relationRows) {
    const source = r.fromArgumentId ?? r.fromPositionId!;
    const target = r.toArgumentId ?? r.toPositionId ?? r.toEventId!;
    if (!known.has(source)) continue;
    if (r.toEventId) eventTargets.add(r.toEventId);
    else if (!known.has(target)) continue;
    edges.push({ id: r.id, source, target, kind: r.kind });
  }
  if (eventTargets.size) {
    const rows = await db
      .select({ id: events.id, title: events.title })
      .from(events)
      .where(and(inArray(events.id, [...eventTargets]), eq(events.caseId, caseId), isPublic(events)));
    for (const e of rows) nodes.push({ id: e.id, kind: "event", label: e.title, positionId: null });
  }
  const nodeIds = new Set(nodes.map((n) => n.id));

  const sourcesOf: Record<string, string[]> = {};
  for (const c of citationRows) sourcesOf[c.argumentId] = [...(sourcesOf[c.argumentId] ?? []), c.sourceId, ...(c.parentId ? [c.parentId] : [])];
  const eventsOf: Record<string, string[]> = {};
  for (const e of eventRows) eventsOf[e.argumentId] = [...(eventsOf[e.argumentId] ?? []), e.eventId];
  return { nodes, edges: edges.filter((e) => nodeIds.has(e.target)), sourcesOf, eventsOf };
}
