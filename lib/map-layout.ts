import dagre from "@dagrejs/dagre";
import { shortLabel, type MapEdge, type MapNode, type PlacedNode } from "./map-nodes";

export type { MapEdge, MapEdgeKind, MapNode, MapNodeKind, PlacedNode } from "./map-nodes";

const WIDTH = { position: 240, argument: 220, event: 200 } as const;
const CHARS_PER_LINE = { position: 26, argument: 28, event: 26 } as const;
/** A node's box: wide enough to read, tall enough for its wrapped (shortened) label. */
export function nodeSize(node: MapNode): { width: number; height: number } {
  const lines = Math.ceil(shortLabel(node.label).length / CHARS_PER_LINE[node.kind]);
  return { width: WIDTH[node.kind], height: 30 + lines * 17 };
}

/**
 * A layered layout that reads without dragging: positions on top, each argument beneath
 * its position, arguments that answer others below them, events at the bottom. Edges
 * into positions are drawn but do not bend the layers.
 */
export function layoutGraph(nodes: MapNode[], edges: MapEdge[]): PlacedNode[] {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 70, edgesep: 16, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const positionOf = new Map(nodes.map((n) => [n.id, n.positionId]));
  // An invisible root holds every position on the first layer; each position's column
  // hangs from it, so everything else is below.
  const ROOT = "\u0000root";
  g.setNode(ROOT, { width: 1, height: 1 });
  for (const n of nodes) {
    g.setNode(n.id, nodeSize(n));
    if (n.kind === "position") g.setEdge(ROOT, n.id, { minlen: 1, weight: 1000 }, `root:${n.id}`);
  }
  // Each position's arguments form a column beneath it, in their curated order.
  const byPosition = new Map<string, string[]>();
  for (const n of nodes)
    if (n.kind === "argument" && n.positionId)
      byPosition.set(n.positionId, [...(byPosition.get(n.positionId) ?? []), n.id]);
  for (const column of byPosition.values()) {
    for (let i = 1; i < column.length; i++)
      g.setEdge(column[i - 1]!, column[i]!, { minlen: 1, weight: 4 }, `column:${column[i]}`);
  }
  for (const e of edges) {
    if (!kindOf.has(e.source) || !kindOf.has(e.target)) continue;
    // Edges into a position, from a position to another's argument, or across positions are
    // drawn but do not shape the layout: each position keeps a clean column.
    if (kindOf.get(e.target) === "position" || kindOf.get(e.source) === "event") continue;
    if (kindOf.get(e.source) === "position" && e.kind !== "member") continue;
    if (
      e.kind !== "member" &&
      kindOf.get(e.target) === "argument" &&
      positionOf.get(e.source) !== positionOf.get(e.target)
    )
      continue;
    // A position leads its column through its first argument; the column edges do the rest.
    if (e.kind === "member" && byPosition.get(e.source)?.[0] !== e.target) continue;
    g.setEdge(e.source, e.target, { minlen: 1, weight: e.kind === "member" ? 2 : 1 }, e.id);
  }
  dagre.layout(g);
  return nodes.map((n) => {
    const placed = g.node(n.id);
    return {
      ...n,
      x: placed.x - placed.width / 2,
      y: placed.y - placed.height / 2,
      width: placed.width,
      height: placed.height,
    };
  });
}

/** True when two placed boxes overlap (touching edges do not count). */
export function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
