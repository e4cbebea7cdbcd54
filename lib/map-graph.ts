import type { MapClash, MapEdge, MapEdgeKind, MapNode } from "./map-nodes";

/** The whole debate of a case as a graph, with what each argument cites and rests on. */
export interface CaseGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** argument id → legal source ids it cites (with each cited provision's parent statute). */
  sourcesOf: Record<string, string[]>;
  /** argument id → event ids it rests on. */
  eventsOf: Record<string, string[]>;
  /** The case's clashes, in order: the rows of the overview. */
  clashes: MapClash[];
}

export interface MapFilter {
  position?: string;
  source?: string;
  event?: string;
  relation?: Exclude<MapEdgeKind, "member">;
}

export const MAX_MAP_NODES = 500;

/**
 * Keeps what the filters ask for: the arguments of one position, or those resting on a
 * legal source or an event (with their positions and the edges among what is kept), or
 * only one kind of relation. Past `max` nodes it trims and says so.
 */
export function filterGraph(graph: CaseGraph, filter: MapFilter, max = MAX_MAP_NODES) {
  const argumentIds = graph.nodes.filter((n) => n.kind === "argument").map((n) => n.id);
  let keepArguments = new Set(argumentIds);
  if (filter.position)
    keepArguments = new Set(
      graph.nodes.filter((n) => n.kind === "argument" && n.positionId === filter.position).map((n) => n.id),
    );
  if (filter.source)
    keepArguments = new Set([...keepArguments].filter((id) => graph.sourcesOf[id]?.includes(filter.source!)));
  if (filter.event)
    keepArguments = new Set([...keepArguments].filter((id) => graph.eventsOf[id]?.includes(filter.event!)));
  const narrowed = Boolean(filter.position || filter.source || filter.event);

  const keepPositions = new Set(
    graph.nodes.filter((n) => n.kind === "argument" && keepArguments.has(n.id)).map((n) => n.positionId!),
  );
  if (filter.position) keepPositions.add(filter.position);
  if (!narrowed) for (const n of graph.nodes) if (n.kind === "position") keepPositions.add(n.id);

  const edgeKept = (e: MapEdge) => (filter.relation ? e.kind === "member" || e.kind === filter.relation : true);
  const keptNode = (id: string) => keepArguments.has(id) || keepPositions.has(id);
  const edges = graph.edges.filter(
    (e) =>
      edgeKept(e) &&
      keptNode(e.source) &&
      (keptNode(e.target) || (!narrowed && graph.nodes.some((n) => n.id === e.target && n.kind === "event"))),
  );
  const eventIds = new Set(
    edges.map((e) => e.target).filter((id) => graph.nodes.some((n) => n.id === id && n.kind === "event")),
  );

  let nodes = graph.nodes.filter((n) => (n.kind === "event" ? eventIds.has(n.id) : keptNode(n.id)));
  const total = nodes.length;
  const trimmed = total > max;
  if (trimmed) {
    // Positions first, then arguments in their curated order: the most central part of the debate.
    nodes = [...nodes.filter((n) => n.kind === "position"), ...nodes.filter((n) => n.kind !== "position")].slice(
      0,
      max,
    );
  }
  const ids = new Set(nodes.map((n) => n.id));
  const clashes = graph.clashes
    .map((c) => ({ ...c, argumentIds: c.argumentIds.filter((a) => ids.has(a)) }))
    .filter((c) => c.argumentIds.length > 0);
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)), clashes, total, trimmed };
}
