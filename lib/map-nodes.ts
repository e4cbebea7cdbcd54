/**
 * The argument map's graph and its laid-out form, and how labels are shortened: what the
 * map's client component needs, without the layout engine (map-layout.ts), which runs on
 * the server.
 */
export type MapNodeKind = "position" | "argument" | "event";
export type MapEdgeKind = "member" | "supports" | "rebuts" | "undercuts" | "qualifies";
export type MapRelationKind = Exclude<MapEdgeKind, "member">;

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
/** A question in dispute and the arguments its sides hold, in the clash's order. */
export interface MapClash {
  id: string;
  question: string;
  argumentIds: string[];
}

/** What a placed box stands for: an item of the graph, a clash's question, or (in focus) a legal source. */
export type PlacedKind = MapNodeKind | "clash" | "source";
/** The lines drawn on the map: relations, and in focus what the argument cites and rests on. */
export type RoutedKind = MapRelationKind | "cites" | "restsOn";

/** A relation shown on a node as a reference, because its other end is not in the same row. */
export interface MapReference {
  kind: MapRelationKind;
  direction: "out" | "in";
  otherId: string;
  otherKind: MapNodeKind;
  otherLabel: string;
}

export interface PlacedNode {
  /** Unique on the canvas: an argument that two clashes hold is placed once in each row. */
  key: string;
  id: string;
  kind: PlacedKind;
  label: string;
  positionId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A small line above the label: the position an argument belongs to (focus), a kind. */
  kicker?: string;
  /** The other rows (clash numbers, from 1) that hold the same argument. */
  alsoIn?: number[];
  refs?: MapReference[];
  focus?: boolean;
}
export interface RoutedEdge {
  key: string;
  kind: RoutedKind;
  source: string;
  target: string;
  /** The orthogonal route, from the source's port to the target's. */
  points: { x: number; y: number }[];
}
export interface MapBand {
  id: string;
  label: string;
  y: number;
  height: number;
}
export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  /** The overview's rows (one per clash, then arguments in none); empty in focus. */
  rows: MapBand[];
  /** Edge crossings in this layout, as `countCrossings` counts them. */
  crossings: number;
}

/** Labels on the map are cut to this length; hover, focus and the side panel show all of it. */
export const MAX_LABEL = 90;

export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).replace(/\s+\S*$/, "")}…` : label;
}

/** The map's type sizes in CSS pixels: at the default zoom (1) no text is smaller than 12 px. */
export const MAP_TYPE = { label: 14, small: 12, lineHeight: 1.35 } as const;
