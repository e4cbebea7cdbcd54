import dagre from "@dagrejs/dagre";

export type MapNodeKind = "position" | "argument" | "event";
export type MapEdgeKind = "member" | "supports" | "rebuts" | "undercuts" | "qualifies";

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  positionId: string | null;
}
export interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: MapEdgeKind;
}
export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WIDTH = { position: 260, argument: 240, event: 220 } as const;
const CHARS_PER_LINE = { position: 28, argument: 30, event: 28 } as const;

/** A node's box: wide enough to read, tall enough for its wrapped label. */
export function nodeSize(node: MapNode): { width: number; height: number } {
  const lines = Math.min(7, Math.ceil(node.label.length / CHARS_PER_LINE[node.kind]));
  return { width: WIDTH[node.kind], height: 36 + lines * 18 };
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
  // An invisible root holds every position on the first layer (short, heavy edges) and
  // pushes everything else at least one layer below them.
  const ROOT = "\u0000root";
  g.setNode(ROOT, { width: 1, height: 1 });
  for (const n of nodes) {
    g.setNode(n.id, nodeSize(n));
    g.setEdge(ROOT, n.id, n.kind === "position" ? { minlen: 1, weight: 1000 } : { minlen: 2, weight: 0 }, `root:${n.id}`);
  }
  for (const e of edges) {
    if (!kindOf.has(e.source) || !kindOf.has(e.target)) continue;
    // Edges into a position, or from one to another position's argument, are drawn but do not shape the layers.
    if (kindOf.get(e.target) === "position" || kindOf.get(e.source) === "event") continue;
    if (kindOf.get(e.source) === "position" && e.kind !== "member") continue;
    g.setEdge(e.source, e.target, { minlen: 1, weight: e.kind === "member" ? 2 : 1 }, e.id);
  }
  dagre.layout(g);
  return nodes.map((n) => {
    const placed = g.node(n.id);
    return { ...n, x: placed.x - placed.width / 2, y: placed.y - placed.height / 2, width: placed.width, height: placed.height };
  });
}

/** True when two placed boxes overlap (touching edges do not count). */
export function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
