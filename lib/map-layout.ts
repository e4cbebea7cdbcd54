import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import {
  MAP_TYPE,
  shortLabel,
  type MapBand,
  type MapClash,
  type MapEdge,
  type MapLayout,
  type MapNode,
  type MapReference,
  type MapRelationKind,
  type PlacedKind,
  type PlacedNode,
  type RoutedEdge,
  type RoutedKind,
} from "./map-nodes";

export type * from "./map-nodes";

/**
 * The argument map's layouts, computed on the server with ELK's layered algorithm
 * (docs/decisions/0032-argument-map-by-clash.md).
 *
 * The overview is a grid: a row per clash (the question in dispute), a column per position,
 * as in the comparison. Each row is laid out on its own, its columns as ELK partitions and
 * each box with ports on its sides, so the row's relations run left and right between its
 * columns on orthogonal, bundled routes; the rows' columns are then aligned. An argument
 * two clashes hold is placed in both rows; a relation whose ends share no row is shown on
 * its boxes as a reference, never as a line across the canvas.
 */

const elk = new ELK();

const BOX = { argument: 248, position: 248, event: 248, source: 248, clash: 216 } as const;
const PAD = 10;
const GAP = { columns: 56, rows: 18, rowPad: 16, header: 24 } as const;
/** Average glyph width as a share of the font size, a little wide so that wrapped text fits. */
const GLYPH = 0.56;
const BOLD_GLYPH = 0.62;
const line = (size: number) => Math.ceil(size * MAP_TYPE.lineHeight);

/** How many lines a text wraps to in a box of this width, word by word (bold text is wider). */
export function wrappedLines(text: string, width: number, size: number = MAP_TYPE.label, bold = false): number {
  const perLine = Math.max(8, Math.floor((width - 2 * PAD) / (size * (bold ? BOLD_GLYPH : GLYPH))));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than a line breaks across lines (the boxes wrap anywhere).
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** A box wide enough to read and tall enough for its wrapped label, kicker and references. */
export function boxSize(
  kind: PlacedKind,
  label: string,
  extra: { kicker?: string; refs?: number; alsoIn?: boolean } = {},
) {
  const width = BOX[kind];
  const small = line(MAP_TYPE.small);
  const height =
    2 * PAD +
    wrappedLines(
      kind === "clash" ? label : shortLabel(label),
      width,
      MAP_TYPE.label,
      kind === "clash" || kind === "position",
    ) *
      line(MAP_TYPE.label) +
    (extra.kicker ? small + 2 : 0) +
    Math.min(extra.refs ?? 0, MAX_REFS + 1) * small +
    (extra.refs ? 4 : 0) +
    (extra.alsoIn ? small + 2 : 0);
  return { width, height };
}

/** References listed on a box; past this many it says how many more. */
export const MAX_REFS = 2;

interface Box {
  key: string;
  width: number;
  height: number;
  column: number;
}
interface Link {
  key: string;
  source: string;
  target: string;
  kind: RoutedKind;
}
interface Placed {
  boxes: Map<string, { x: number; y: number }>;
  routes: Map<string, { x: number; y: number }[]>;
}

/**
 * One ELK layered run, left to right: each box's column is its partition, each box has an
 * in and an out port on both sides, and a link leaves the side that faces its target, so
 * links that share a port share their route (bundled) until they part.
 */
async function layered(boxes: Box[], links: Link[]): Promise<Placed> {
  const columnOf = new Map(boxes.map((b) => [b.key, b.column]));
  // A port per side, direction and kind of line, made as links need them: lines of one kind
  // that leave or reach a box on one side share a trunk; lines of different kinds do not.
  const ports = new Map<
    string,
    { id: string; width: number; height: number; layoutOptions: Record<string, string> }[]
  >();
  const port = (key: string, side: "WEST" | "EAST", name: string) => {
    const id = `${key}|${side}|${name}`;
    const list = ports.get(key) ?? [];
    if (!list.some((p) => p.id === id))
      list.push({ id, width: 0, height: 0, layoutOptions: { "elk.port.side": side } });
    ports.set(key, list);
    return id;
  };
  const edges = links.map((l): ElkExtendedEdge => {
    const leftward = columnOf.get(l.source)! > columnOf.get(l.target)!;
    return {
      id: l.key,
      sources: [port(l.source, leftward ? "WEST" : "EAST", `out:${l.kind}`)],
      targets: [port(l.target, leftward ? "EAST" : "WEST", `in:${l.kind}`)],
    };
  });
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.partitioning.activate": "true",
      "elk.separateConnectedComponents": "false",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.mergeEdges": "true",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.spacing.nodeNodeBetweenLayers": String(GAP.columns),
      "elk.layered.spacing.edgeNodeBetweenLayers": "14",
      "elk.layered.spacing.edgeEdgeBetweenLayers": "8",
      "elk.spacing.nodeNode": "14",
      "elk.spacing.edgeEdge": "8",
      "elk.spacing.edgeNode": "12",
      "elk.padding": "[top=0,left=0,bottom=0,right=0]",
    },
    children: boxes.map((b) => ({
      id: b.key,
      width: b.width,
      height: b.height,
      layoutOptions: { "elk.partitioning.partition": String(b.column), "elk.portConstraints": "FIXED_SIDE" },
      ports: ports.get(b.key) ?? [],
    })),
    edges,
  };
  const out = await elk.layout(graph);
  const placed: Placed = { boxes: new Map(), routes: new Map() };
  // Whole pixels: ELK's arithmetic leaves noise that would tilt a straight line by a hair.
  const at = (p: { x?: number; y?: number }) => ({ x: Math.round(p.x ?? 0), y: Math.round(p.y ?? 0) });
  for (const c of out.children ?? []) placed.boxes.set(c.id, at(c));
  for (const e of out.edges ?? []) {
    const s = e.sections?.[0];
    if (s) placed.routes.set(e.id, [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map(at));
  }
  return placed;
}

interface OverviewInput {
  nodes: MapNode[];
  edges: MapEdge[];
  clashes: MapClash[];
}

const OTHER_ROW = "other-arguments";

/** The overview: clashes by positions, each row's relations routed within it. */
export async function layoutOverview({ nodes, edges, clashes }: OverviewInput): Promise<MapLayout> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const positions = nodes.filter((n) => n.kind === "position");
  const columnOf = new Map(positions.map((p, i) => [p.id, i]));
  const args = nodes.filter((n) => n.kind === "argument" && n.positionId && columnOf.has(n.positionId));

  // Rows: the clashes in order, then the arguments no clash holds.
  const rows: { id: string; label: string; kicker?: string; argumentIds: string[] }[] = clashes.map((c, i) => ({
    id: c.id,
    label: c.question,
    kicker: `Question ${i + 1}`,
    argumentIds: [...new Set(c.argumentIds)].filter((a) => byId.get(a)?.kind === "argument"),
  }));
  const held = new Set(rows.flatMap((r) => r.argumentIds));
  const unheld = args.filter((a) => !held.has(a.id)).map((a) => a.id);
  if (unheld.length) rows.push({ id: OTHER_ROW, label: "Arguments in no clash", argumentIds: unheld });
  const rowsOf = new Map<string, number[]>();
  rows.forEach((r, i) => r.argumentIds.forEach((a) => rowsOf.set(a, [...(rowsOf.get(a) ?? []), i])));
  const argumentOrder = new Map(args.map((a, i) => [a.id, i]));

  // A relation is drawn in every row holding both its ends; otherwise it is a reference on its boxes.
  const relations = edges.filter((e): e is MapEdge & { kind: MapRelationKind } => e.kind !== "member");
  const drawn = rows.map(() => [] as (MapEdge & { kind: MapRelationKind })[]);
  const refs = new Map<string, MapReference[]>();
  const addRef = (on: string, ref: MapReference) => refs.set(on, [...(refs.get(on) ?? []), ref]);
  for (const e of relations) {
    const shared = (rowsOf.get(e.source) ?? []).filter((r) => rowsOf.get(e.target)?.includes(r));
    if (shared.length) {
      for (const r of shared) drawn[r]!.push(e);
      continue;
    }
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target) continue;
    addRef(e.source, {
      kind: e.kind,
      direction: "out",
      otherId: target.id,
      otherKind: target.kind,
      otherLabel: target.label,
    });
    addRef(e.target, {
      kind: e.kind,
      direction: "in",
      otherId: source.id,
      otherKind: source.kind,
      otherLabel: source.label,
    });
  }

  const key = (argumentId: string, row: number) => `${argumentId}@${rows[row]!.id}`;
  const placedRows = await Promise.all(
    rows.map(async (row, r) => {
      const boxes: (Box & { node?: MapNode })[] = row.argumentIds
        .map((id) => byId.get(id)!)
        .sort((a, b) => argumentOrder.get(a.id)! - argumentOrder.get(b.id)!)
        .map((node) => {
          const size = boxSize("argument", node.label, {
            refs: refs.get(node.id)?.length,
            alsoIn: rowsOf.get(node.id)!.length > 1,
          });
          return { key: key(node.id, r), column: columnOf.get(node.positionId!)!, node, ...size };
        });
      // An empty cell still holds its column, so that every row has every column.
      for (const [, column] of columnOf)
        if (!boxes.some((b) => b.column === column))
          boxes.push({ key: `${row.id}|empty|${column}`, column, width: BOX.argument, height: 1 });
      const links = drawn[r]!.map((e) => ({
        key: `${e.id}@${row.id}`,
        source: key(e.source, r),
        target: key(e.target, r),
        kind: e.kind,
      }));
      return { row, r, boxes, links, placed: await layered(boxes, links) };
    }),
  );

  // Align the columns across rows: each column is as wide as its widest cell, each gap as
  // wide as its busiest; every row is mapped onto those by a monotone map of x, which keeps
  // its orthogonal routes orthogonal and their crossings as they were.
  const columns = positions.length;
  const extents = placedRows.map(({ boxes, placed }) =>
    Array.from({ length: columns }, (_, c) => {
      const inColumn = boxes.filter((b) => b.column === c);
      return {
        min: Math.min(...inColumn.map((b) => placed.boxes.get(b.key)!.x)),
        max: Math.max(...inColumn.map((b) => placed.boxes.get(b.key)!.x + b.width)),
      };
    }),
  );
  const left = BOX.clash + GAP.columns / 2;
  const columnX: number[] = [];
  const columnWidth: number[] = [];
  for (let c = 0; c < columns; c++) {
    columnWidth[c] = Math.max(BOX.argument, ...extents.map((e) => e[c]!.max - e[c]!.min));
    const gap = c === 0 ? 0 : Math.max(GAP.columns, ...extents.map((e) => e[c]!.min - e[c - 1]!.max));
    columnX[c] = c === 0 ? left : columnX[c - 1]! + columnWidth[c - 1]! + gap;
  }
  const alignX = (extent: { min: number; max: number }[]) => (x: number) => {
    if (columns === 0) return x + left;
    if (x < extent[0]!.min) return columnX[0]! - (extent[0]!.min - x);
    for (let c = 0; c < columns; c++) {
      const e = extent[c]!;
      if (x <= e.max) return x >= e.min ? columnX[c]! + (x - e.min) : columnX[c]!;
      const next = extent[c + 1];
      if (!next) return columnX[c]! + (x - e.min);
      if (x < next.min) {
        const from = columnX[c]! + (e.max - e.min);
        return from + ((x - e.max) / (next.min - e.max)) * (columnX[c + 1]! - from);
      }
    }
    return x;
  };

  const placedNodes: PlacedNode[] = [];
  const routed: RoutedEdge[] = [];
  const bands: MapBand[] = [];
  const headerHeight = Math.max(0, ...positions.map((p) => boxSize("position", p.label).height));
  positions.forEach((p, c) =>
    placedNodes.push({
      key: p.id,
      id: p.id,
      kind: "position",
      label: p.label,
      positionId: null,
      x: columnX[c]!,
      y: 0,
      width: columnWidth[c]!,
      height: headerHeight,
    }),
  );
  let top = headerHeight + GAP.header;
  for (const { row, r, boxes, links, placed } of placedRows) {
    const mapX = alignX(extents[r]!);
    const ys = [
      ...boxes
        .filter((b) => b.node)
        .flatMap((b) => [placed.boxes.get(b.key)!.y, placed.boxes.get(b.key)!.y + b.height]),
      ...[...placed.routes.values()].flat().map((p) => p.y),
    ];
    const minY = Math.min(...ys);
    const label = boxSize("clash", row.label, { kicker: row.kicker });
    const height = Math.max(Math.max(...ys) - minY, label.height) + 2 * GAP.rowPad;
    const mapY = (y: number) => top + GAP.rowPad + (y - minY);
    bands.push({ id: row.id, label: row.label, y: top, height });
    placedNodes.push({
      key: `clash:${row.id}`,
      id: row.id,
      kind: "clash",
      label: row.label,
      kicker: row.kicker,
      positionId: null,
      x: 0,
      y: top + GAP.rowPad,
      ...label,
    });
    for (const b of boxes) {
      if (!b.node) continue;
      const at = placed.boxes.get(b.key)!;
      const others = rowsOf.get(b.node.id)!.filter((o) => o !== r);
      placedNodes.push({
        key: b.key,
        id: b.node.id,
        kind: "argument",
        label: b.node.label,
        positionId: b.node.positionId,
        x: Math.round(mapX(at.x)),
        y: Math.round(mapY(at.y)),
        width: b.width,
        height: b.height,
        ...(others.length ? { alsoIn: others.filter((o) => rows[o]!.id !== OTHER_ROW).map((o) => o + 1) } : {}),
        ...(refs.has(b.node.id) ? { refs: refs.get(b.node.id) } : {}),
      });
    }
    for (const l of links) {
      const points = placed.routes.get(l.key);
      if (points)
        routed.push({
          key: l.key,
          kind: l.kind,
          source: l.source,
          target: l.target,
          points: points.map((p) => ({ x: Math.round(mapX(p.x)), y: Math.round(mapY(p.y)) })),
        });
    }
    top += height + GAP.rows;
  }
  const width = Math.max(left, ...placedNodes.map((n) => n.x + n.width));
  return {
    width,
    height: Math.max(headerHeight, top - GAP.rows),
    nodes: placedNodes,
    edges: routed,
    rows: bands,
    crossings: countCrossings(routed),
  };
}

/** What the focus view is built from: the argument, its neighbours, and what it cites and rests on. */
export interface FocusInput {
  focus: MapNode;
  /** Relations into and out of the focused argument, with their other ends. */
  incoming: { edge: MapEdge; node: MapNode }[];
  outgoing: { edge: MapEdge; node: MapNode }[];
  /** The citations: `key` tells two pinpoints into one source apart. */
  sources: { key: string; id: string; label: string }[];
  events: { id: string; label: string }[];
  positionTitle: (positionId: string) => string | undefined;
}

/**
 * An argument's neighbourhood: what relates to it on the left, the argument in the middle,
 * what it relates to, the law it cites and the events it rests on to the right.
 */
export async function layoutFocus(input: FocusInput): Promise<MapLayout> {
  const kickerOf = (n: MapNode) =>
    n.kind === "argument" ? input.positionTitle(n.positionId ?? "") : n.kind === "position" ? "Position" : "Event";
  // Each box once, in the column where it first appears (an argument both answered and answering stays on the right).
  const items = new Map<string, { node: Omit<PlacedNode, "x" | "y" | "width" | "height">; column: number }>();
  const add = (node: Omit<PlacedNode, "x" | "y" | "width" | "height">, column: number) => {
    if (!items.has(node.key)) items.set(node.key, { node, column });
  };
  const { focus } = input;
  add(
    {
      key: focus.id,
      id: focus.id,
      kind: "argument",
      label: focus.label,
      positionId: focus.positionId,
      kicker: kickerOf(focus),
      focus: true,
    },
    1,
  );
  const links: Link[] = [];
  const neighbour = (n: MapNode) => ({
    key: n.id,
    id: n.id,
    kind: n.kind,
    label: n.label,
    positionId: n.positionId,
    kicker: kickerOf(n),
  });
  for (const { edge, node } of input.outgoing) {
    add(neighbour(node), 2);
    links.push({ key: edge.id, source: focus.id, target: node.id, kind: edge.kind as MapRelationKind });
  }
  for (const { edge, node } of input.incoming) {
    add(neighbour(node), 0);
    links.push({ key: edge.id, source: node.id, target: focus.id, kind: edge.kind as MapRelationKind });
  }
  for (const s of input.sources) {
    add(
      { key: `source:${s.key}`, id: s.id, kind: "source", label: s.label, positionId: null, kicker: "Legal source" },
      2,
    );
    links.push({ key: `cites:${s.key}`, source: focus.id, target: `source:${s.key}`, kind: "cites" });
  }
  for (const e of input.events) {
    add({ key: e.id, id: e.id, kind: "event", label: e.label, positionId: null, kicker: "Event" }, 2);
    links.push({ key: `rests:${e.id}`, source: focus.id, target: e.id, kind: "restsOn" });
  }
  const sized = [...items.values()].map(({ node, column }) => ({
    node: { ...node, ...boxSize(node.kind, node.label, { kicker: node.kicker }) },
    column,
  }));
  const placed = await layered(
    sized.map(({ node, column }) => ({ key: node.key, width: node.width, height: node.height, column })),
    links,
  );
  const nodes = sized.map(({ node }) => ({ ...node, ...placed.boxes.get(node.key)! }));
  const edges: RoutedEdge[] = links.flatMap((l) => {
    const points = placed.routes.get(l.key);
    return points ? [{ key: l.key, kind: l.kind, source: l.source, target: l.target, points }] : [];
  });
  return {
    width: Math.max(0, ...nodes.map((n) => n.x + n.width)),
    height: Math.max(0, ...nodes.map((n) => n.y + n.height)),
    nodes,
    edges,
    rows: [],
    crossings: countCrossings(edges),
  };
}

type Point = { x: number; y: number };

/** Whether two segments cross at a point inside both (touching ends and overlapping runs do not count). */
function cross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const d1 = side(a, b, c);
  const d2 = side(a, b, d);
  const d3 = side(c, d, a);
  const d4 = side(c, d, b);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * Edge crossings: pairs of segments of two different routes that cross at a point inside
 * both. Routes that share a port run together and part at a junction; that is not a crossing.
 */
export function countCrossings(edges: Pick<RoutedEdge, "points">[]): number {
  const segments = edges.map((e) => e.points.slice(1).map((p, i) => [e.points[i]!, p] as const));
  let crossings = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++)
      for (const [a, b] of segments[i]!) for (const [c, d] of segments[j]!) if (cross(a, b, c, d)) crossings++;
  return crossings;
}
