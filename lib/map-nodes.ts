/**
 * The argument map's nodes and edges, and how their labels are shortened: what the map's
 * client component needs, without the layout engine (map-layout.ts), which runs on the server.
 */
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

/** Labels on the map are cut to this length; the side panel and hover show all of it. */
export const MAX_LABEL = 90;

export function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).replace(/\s+\S*$/, "")}…` : label;
}
