import { sql } from "drizzle-orm";
import type { CaseGraph } from "@/lib/map-graph";
import type { MapEdge, MapEdgeKind, MapNode } from "@/lib/map-nodes";
import type { Db } from "../client";
import {
  argumentEvents,
  argumentRelations,
  citations,
  clashes,
  clashSideArguments,
  clashSides,
  debateArguments,
  events,
  legalSources,
  positions,
} from "../schema";
import { readRows } from "./_raw";
import { isPublic, jsonArray, jsonObject, visible } from "./_shared";

/** What the map's filters offer: the legal sources the case's arguments cite (with their statutes) and the events they rest on. */
export interface MapFilterOptions {
  sources: { id: string; shortTitle: string }[];
  events: { id: string; title: string }[];
}

interface GraphRows {
  positions: { id: string; title: string }[];
  arguments: { id: string; claim: string; positionId: string }[];
  relations: { id: string; kind: Exclude<MapEdgeKind, "member">; source: string; target: string; toEvent: boolean }[];
  events: { id: string; title: string }[];
  cited: { argumentId: string; sourceId: string; parentId: string | null }[];
  restsOn: { argumentId: string; eventId: string }[];
  clashes: { id: string; question: string; argumentIds: string[] }[];
  filters: MapFilterOptions;
}

/**
 * A case's published positions, arguments and relations as a graph, with what the map's
 * filters offer. One statement: the case's positions, arguments and events are named once
 * (the CTEs) and every part below reads them (docs/performance.md).
 */
export async function getCaseGraph(db: Db, caseId: string): Promise<CaseGraph & { filters: MapFilterOptions }> {
  const [row] = await readRows<{ data: GraphRows }>(
    db,
    sql`with
      case_positions as (
        select ${positions.id} as id, ${positions.title} as title, ${positions.sortOrder} as sort_order from ${positions}
        where ${positions.caseId} = ${caseId} and ${isPublic(positions)}),
      case_arguments as (
        select ${debateArguments.id} as id, ${debateArguments.claim} as claim, ${debateArguments.positionId} as position_id, ${debateArguments.sortOrder} as sort_order
        from ${debateArguments} where ${debateArguments.positionId} in (select id from case_positions) and ${isPublic(debateArguments)}),
      case_events as (
        select ${events.id} as id, ${events.title} as title, ${events.date} as date, ${events.endDate} as end_date from ${events}
        where ${events.caseId} = ${caseId} and ${isPublic(events)}),
      cited as (
        select ${citations.argumentId} as argument_id, ${legalSources.id} as source_id, ${legalSources.parentId} as parent_id
        from ${citations} join ${legalSources} on ${legalSources.id} = ${citations.legalSourceId}
        where ${citations.argumentId} in (select id from case_arguments) and ${isPublic(citations)} and ${visible.legalSource(legalSources.id)}),
      rests_on as (
        select ${argumentEvents.argumentId} as argument_id, ${events.id} as event_id
        from ${argumentEvents} join ${events} on ${events.id} = ${argumentEvents.eventId}
        where ${argumentEvents.argumentId} in (select id from case_arguments) and ${visible.event(events.id)})
    select ${jsonObject({
      positions: jsonArray(
        sql`json_build_object('id', id, 'title', title)`,
        sql`from case_positions`,
        sql`sort_order, id`,
      ),
      arguments: jsonArray(
        sql`json_build_object('id', id, 'claim', claim, 'positionId', position_id)`,
        sql`from case_arguments`,
        sql`sort_order, id`,
      ),
      // This case's relations only: from one of its arguments or positions to another, or to one of its events.
      relations: jsonArray(
        jsonObject({
          id: argumentRelations.id,
          kind: argumentRelations.kind,
          source: sql`coalesce(${argumentRelations.fromArgumentId}, ${argumentRelations.fromPositionId})`,
          target: sql`coalesce(${argumentRelations.toArgumentId}, ${argumentRelations.toPositionId}, ${argumentRelations.toEventId})`,
          toEvent: sql`${argumentRelations.toEventId} is not null`,
        }),
        sql`from ${argumentRelations} where ${isPublic(argumentRelations)}
          and (${argumentRelations.fromArgumentId} in (select id from case_arguments) or ${argumentRelations.fromPositionId} in (select id from case_positions))
          and (${argumentRelations.toArgumentId} in (select id from case_arguments) or ${argumentRelations.toPositionId} in (select id from case_positions)
            or ${argumentRelations.toEventId} in (select id from case_events))`,
        sql`${argumentRelations.sortOrder}, ${argumentRelations.id}`,
      ),
      events: jsonArray(
        sql`json_build_object('id', id, 'title', title)`,
        sql`from case_events`,
        sql`date, end_date, id`,
      ),
      cited: jsonArray(
        sql`json_build_object('argumentId', argument_id, 'sourceId', source_id, 'parentId', parent_id)`,
        sql`from cited`,
      ),
      restsOn: jsonArray(sql`json_build_object('argumentId', argument_id, 'eventId', event_id)`, sql`from rests_on`),
      // The overview's rows: each clash with its sides' arguments, side by side in order.
      clashes: jsonArray(
        jsonObject({
          id: clashes.id,
          question: clashes.question,
          argumentIds: jsonArray(
            sql`${clashSideArguments.argumentId}`,
            sql`from ${clashSideArguments} join ${clashSides} on ${clashSides.id} = ${clashSideArguments.clashSideId}
              where ${clashSides.clashId} = ${clashes.id} and ${isPublic(clashSides)}
                and ${clashSideArguments.argumentId} in (select id from case_arguments)`,
            sql`${clashSides.sortOrder}, ${clashSides.id}, ${clashSideArguments.sortOrder}, ${clashSideArguments.argumentId}`,
          ),
        }),
        sql`from ${clashes} where ${clashes.caseId} = ${caseId} and ${isPublic(clashes)}`,
        sql`${clashes.sortOrder}, ${clashes.id}`,
      ),
      filters: jsonObject({
        // In the source list's order.
        sources: jsonArray(
          jsonObject({ id: legalSources.id, shortTitle: legalSources.shortTitle }),
          sql`from ${legalSources} where ${legalSources.id} in (select source_id from cited union select parent_id from cited)`,
          sql`${legalSources.kind}, ${legalSources.date}, ${legalSources.citation}, ${legalSources.id}`,
        ),
        // In the timeline's order.
        events: jsonArray(
          sql`json_build_object('id', id, 'title', title)`,
          sql`from case_events where id in (select event_id from rests_on)`,
          sql`date, end_date, id`,
        ),
      }),
    })} as data`,
  );
  const g = row!.data;

  const nodes: MapNode[] = [
    ...g.positions.map((p) => ({ id: p.id, kind: "position" as const, label: p.title, positionId: null })),
    ...g.arguments.map((a) => ({ id: a.id, kind: "argument" as const, label: a.claim, positionId: a.positionId })),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges: MapEdge[] = g.arguments.map((a) => ({
    id: `member:${a.id}`,
    source: a.positionId,
    target: a.id,
    kind: "member",
  }));
  const eventTargets = new Set<string>();
  for (const r of g.relations) {
    if (!known.has(r.source)) continue;
    if (r.toEvent) eventTargets.add(r.target);
    else if (!known.has(r.target)) continue;
    edges.push({ id: r.id, source: r.source, target: r.target, kind: r.kind });
  }
  for (const e of g.events)
    if (eventTargets.has(e.id)) nodes.push({ id: e.id, kind: "event", label: e.title, positionId: null });
  const nodeIds = new Set(nodes.map((n) => n.id));

  const sourcesOf: Record<string, string[]> = {};
  for (const c of g.cited)
    sourcesOf[c.argumentId] = [...(sourcesOf[c.argumentId] ?? []), c.sourceId, ...(c.parentId ? [c.parentId] : [])];
  const eventsOf: Record<string, string[]> = {};
  for (const e of g.restsOn) eventsOf[e.argumentId] = [...(eventsOf[e.argumentId] ?? []), e.eventId];
  return {
    nodes,
    edges: edges.filter((e) => nodeIds.has(e.target)),
    sourcesOf,
    eventsOf,
    clashes: g.clashes,
    filters: g.filters,
  };
}
