"use client";

import "@xyflow/react/dist/style.css";
import { useQuery } from "@tanstack/react-query";
import {
  BaseEdge,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Box } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import {
  MAP_TYPE,
  shortLabel,
  type MapLayout,
  type MapReference,
  type PlacedNode,
  type RoutedEdge,
  type RoutedKind,
} from "@/lib/map-nodes";
import { routes } from "@/lib/routes";

/** Colour and line style both tell the relations apart, so the map reads in greyscale too. */
export const EDGE_STYLES: Record<RoutedKind, { stroke: string; dash?: string; width: number; label: string }> = {
  supports: { stroke: "#047857", width: 2, label: "Supports (solid)" },
  rebuts: { stroke: "#be123c", dash: "8 5", width: 2, label: "Rebuts (dashed)" },
  undercuts: { stroke: "#b45309", dash: "2 4", width: 2.5, label: "Undercuts (dotted)" },
  qualifies: { stroke: "#57534e", dash: "10 4 2 4", width: 2, label: "Qualifies (dash-dot)" },
  cites: { stroke: "#4338ca", width: 1.25, label: "Cites (thin)" },
  restsOn: { stroke: "#0369a1", dash: "1 3", width: 1.5, label: "Rests on the event (fine dots)" },
};

/** Each position's colour, on its column header and on every box of its arguments. */
const POSITION_COLOURS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0f766e", "#be185d", "#4d7c0f"];

const KIND_NAME: Record<PlacedNode["kind"], string> = {
  position: "Position",
  argument: "Argument",
  event: "Event",
  source: "Legal source",
  clash: "Question",
};

/** The map's address for another focus, keeping the filters in use. */
type FocusHref = (argumentId: string) => Route;
type BoxData = { item: PlacedNode; colour?: string; caseSlug: string; focusHref: FocusHref };

const hidden = { opacity: 0, pointerEvents: "none" } as const;

/** One box on the map: its kicker, its label (shortened; all of it on hover and in the panel), its references. */
function MapBox({ data }: NodeProps<Node<BoxData>>) {
  const { item, colour, caseSlug, focusHref } = data;
  const tone =
    item.kind === "position"
      ? "border-2 bg-stone-100 font-semibold"
      : item.kind === "clash"
        ? "border-0 bg-transparent font-semibold"
        : item.kind === "argument"
          ? `border bg-white ${item.focus ? "ring-4 ring-amber-400" : ""}`
          : item.kind === "event"
            ? "border border-dashed border-sky-700 bg-sky-50"
            : "border border-indigo-300 bg-indigo-50 font-serif";
  return (
    <div
      title={item.label}
      className={`h-full w-full overflow-hidden rounded-md p-2.5 text-stone-900 [overflow-wrap:anywhere] ${tone}`}
      style={{
        fontSize: MAP_TYPE.label,
        lineHeight: MAP_TYPE.lineHeight,
        borderColor: colour && item.kind === "position" ? colour : undefined,
        borderLeft: colour && item.kind === "argument" ? `6px solid ${colour}` : undefined,
      }}
    >
      <Handle type="target" position={Position.Left} style={hidden} isConnectable={false} />
      {item.kicker && (
        <p className="truncate font-semibold text-stone-600" style={{ fontSize: MAP_TYPE.small }}>
          {item.kicker}
        </p>
      )}
      <p>{item.kind === "clash" ? item.label : shortLabel(item.label)}</p>
      {item.alsoIn && item.alsoIn.length > 0 && (
        <p className="text-stone-600" style={{ fontSize: MAP_TYPE.small }}>
          Also under question {item.alsoIn.join(", ")}
        </p>
      )}
      {item.refs && item.refs.length > 0 && <References refs={item.refs} caseSlug={caseSlug} focusHref={focusHref} />}
      <Handle type="source" position={Position.Right} style={hidden} isConnectable={false} />
    </div>
  );
}

const MAX_REFS = 2;
const REF_VERB: Record<MapReference["kind"], [string, string]> = {
  supports: ["supports", "supported by"],
  rebuts: ["rebuts", "rebutted by"],
  undercuts: ["undercuts", "undercut by"],
  qualifies: ["qualifies", "qualified by"],
};

/** Relations whose other end is in another row (or is a position or an event), named rather than drawn. */
function References({ refs, caseSlug, focusHref }: { refs: MapReference[]; caseSlug: string; focusHref: FocusHref }) {
  const href = (r: MapReference) =>
    r.otherKind === "argument"
      ? focusHref(r.otherId)
      : r.otherKind === "position"
        ? routes.position(r.otherId)
        : routes.caseTimeline(caseSlug, r.otherId);
  return (
    <ul className="mt-1 border-t border-stone-200 pt-0.5" style={{ fontSize: MAP_TYPE.small }}>
      {refs.slice(0, MAX_REFS).map((r) => (
        <li key={`${r.direction}:${r.kind}:${r.otherId}`} className="truncate text-stone-700">
          {r.direction === "out" ? "→" : "←"} {REF_VERB[r.kind][r.direction === "out" ? 0 : 1]}{" "}
          <Link href={href(r)} className="nodrag nopan" title={r.otherLabel}>
            {r.otherLabel}
          </Link>
        </li>
      ))}
      {refs.length > MAX_REFS && <li className="text-stone-600">and {refs.length - MAX_REFS} more</li>}
    </ul>
  );
}

/** A row's band behind its boxes. */
function Band({ data }: NodeProps<Node<{ shade: boolean }>>) {
  return <div className={`h-full w-full rounded-lg ${data.shade ? "bg-stone-100/80" : "bg-amber-50/50"}`} />;
}

/** The route ELK drew, with rounded corners. */
function RoutedLine({ data, markerEnd, style }: EdgeProps<Edge<{ points: RoutedEdge["points"] }>>) {
  const points = data?.points ?? [];
  const path = points
    .map((p, i) => {
      if (i === 0) return `M ${p.x} ${p.y}`;
      const next = points[i + 1];
      const prev = points[i - 1]!;
      if (!next) return `L ${p.x} ${p.y}`;
      const r = Math.min(6, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2);
      const before = { x: p.x - Math.sign(p.x - prev.x) * r, y: p.y - Math.sign(p.y - prev.y) * r };
      const after = { x: p.x + Math.sign(next.x - p.x) * r, y: p.y + Math.sign(next.y - p.y) * r };
      return `L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
    })
    .join(" ");
  return <BaseEdge path={path} markerEnd={markerEnd} style={style} />;
}

/**
 * Where a neighbourhood opens, at zoom 1: centred in the canvas along each axis it fits in;
 * otherwise from its left or top edge, as long as that keeps its argument in view, and with
 * the argument centred when it does not.
 */
function focusViewport(layout: MapLayout, focus: PlacedNode, { width, height }: { width: number; height: number }) {
  const pad = 24;
  const axis = (size: number, view: number, at: number, extent: number) =>
    size + 2 * pad <= view
      ? (view - size) / 2
      : at + extent + pad <= view
        ? pad
        : Math.max(pad - at, (view - extent) / 2 - at);
  return {
    x: axis(layout.width, width, focus.x, focus.width),
    y: axis(layout.height, height, focus.y, focus.height),
    zoom: 1,
  };
}

/** Sets where a neighbourhood opens once the canvas has its size (React Flow measures it). */
function OpenOnFocus({ layout, focus }: { layout: MapLayout; focus: PlacedNode }) {
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const { setViewport } = useReactFlow();
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !width || !height) return;
    opened.current = true;
    void setViewport(focusViewport(layout, focus, { width, height }));
  }, [width, height, layout, focus, setViewport]);
  return null;
}

const nodeTypes = { box: MapBox, band: Band };
const edgeTypes = { routed: RoutedLine };

export function MapView({
  caseSlug,
  layout,
  focusId,
  positionIds,
  query,
}: {
  caseSlug: string;
  layout: MapLayout;
  /** The argument in focus; the overview when absent. */
  focusId?: string;
  /** The case's positions in order, for their colours. */
  positionIds: string[];
  /** The filters in the address, kept when the focus moves. */
  query: Record<string, string | undefined>;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<PlacedNode | null>(null);
  const colourOf = useMemo(
    () => new Map(positionIds.map((id, i) => [id, POSITION_COLOURS[i % POSITION_COLOURS.length]!])),
    [positionIds],
  );
  const focusHref = useMemo<FocusHref>(
    () => (argumentId) => routes.caseMap(caseSlug, { ...query, focus: argumentId }),
    [caseSlug, query],
  );
  const byKey = useMemo(() => new Map(layout.nodes.map((n) => [n.key, n])), [layout]);
  const flowNodes: Node[] = useMemo(() => {
    const width = layout.width + 24;
    const bands: Node[] = layout.rows.map((row, i) => ({
      id: `band:${row.id}`,
      type: "band",
      position: { x: -12, y: row.y },
      data: { shade: i % 2 === 0 },
      style: { width, height: row.height },
      selectable: false,
      focusable: false,
      draggable: false,
      zIndex: -1,
      ariaRole: "presentation",
    }));
    const boxes: Node[] = layout.nodes.map((n) => ({
      id: n.key,
      type: "box",
      position: { x: n.x, y: n.y },
      data: { item: n, colour: colourOf.get(n.kind === "position" ? n.id : (n.positionId ?? "")), caseSlug, focusHref },
      ariaLabel: `${KIND_NAME[n.kind]}${n.focus ? " in focus" : ""}: ${n.label}`,
      style: { width: n.width, height: n.height },
      selectable: n.kind !== "clash",
      focusable: n.kind !== "clash",
      draggable: false,
      connectable: false,
    }));
    return [...bands, ...boxes];
  }, [layout, colourOf, caseSlug, focusHref]);
  const flowEdges: Edge[] = useMemo(
    () =>
      layout.edges.map((e) => {
        const s = EDGE_STYLES[e.kind];
        return {
          id: e.key,
          type: "routed",
          source: e.source,
          target: e.target,
          data: { points: e.points },
          style: { stroke: s.stroke, strokeWidth: s.width, strokeDasharray: s.dash },
          markerEnd: { type: MarkerType.ArrowClosed, color: s.stroke, width: 16, height: 16 },
          ariaLabel: `${e.kind} from ${byKey.get(e.source)?.label ?? e.source} to ${byKey.get(e.target)?.label ?? e.target}`,
          focusable: false,
        };
      }),
    [layout, byKey],
  );

  /** An argument opens its neighbourhood (the address keeps it); anything else shows its details. */
  const choose = (key: string) => {
    const n = byKey.get(key);
    if (!n) return;
    if (n.kind === "argument" && n.id !== focusId) router.push(focusHref(n.id));
    else setSelected(n);
  };
  const inFocus = focusId ? (layout.nodes.find((n) => n.focus) ?? null) : null;
  const shown = selected ?? inFocus;

  return (
    <div className="grid gap-4">
      <Box
        pad="none"
        className="h-[78vh] min-h-[30rem] overflow-hidden"
        data-testid="map-canvas"
        data-mode={focusId ? "focus" : "overview"}
      >
        <ReactFlow
          defaultNodes={flowNodes}
          defaultEdges={flowEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          // Both open at full size, so that no text is under 12 px: the overview on its top left
          // corner (the first questions and positions), a neighbourhood whole when it fits, else
          // from its top with its argument in view.
          {...(inFocus ? {} : { defaultViewport: { x: 12, y: 12, zoom: 1 } })}
          minZoom={0.15}
          maxZoom={1.5}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          onSelectionChange={({ nodes: chosen }) => chosen[0] && choose(chosen[0].id)}
          proOptions={{ hideAttribution: true }}
        >
          <Controls showInteractive={false} />
          {inFocus && <OpenOnFocus layout={layout} focus={inFocus} />}
          {!focusId && (
            <MiniMap
              pannable
              zoomable
              className="max-sm:!hidden"
              ariaLabel="Overview of the whole map"
              nodeColor={(n) => (n.type === "band" ? "#f5f5f4" : "#a8a29e")}
            />
          )}
        </ReactFlow>
      </Box>
      <aside aria-label="Selected node" className="grid gap-4 sm:grid-cols-2">
        <Box className="text-sm" aria-live="polite">
          {shown ? (
            <Details node={shown} caseSlug={caseSlug} />
          ) : (
            <p className="text-muted">
              Select an argument (click it, or Tab to it and press Enter) to see what it answers, what answers it, and
              the law and events it rests on.
            </p>
          )}
        </Box>
        <Box className="text-sm">
          <h2 className="mb-2 font-semibold">Legend</h2>
          <ul className="space-y-2">
            {(Object.keys(EDGE_STYLES) as RoutedKind[])
              .filter((k) => focusId || (k !== "cites" && k !== "restsOn"))
              .map((k) => (
                <li key={k} className="flex items-center gap-2">
                  <svg width="44" height="10" aria-hidden="true">
                    <line
                      x1="2"
                      y1="5"
                      x2="42"
                      y2="5"
                      stroke={EDGE_STYLES[k].stroke}
                      strokeWidth={EDGE_STYLES[k].width}
                      strokeDasharray={EDGE_STYLES[k].dash}
                    />
                  </svg>
                  {EDGE_STYLES[k].label}
                </li>
              ))}
          </ul>
          {!focusId && (
            <p className="mt-3 text-muted">
              Rows are the questions in dispute, columns the positions. A relation whose other end is in another row is
              named on the box (→ or ←) instead of drawn.
            </p>
          )}
        </Box>
      </aside>
    </div>
  );
}

function Details({ node, caseSlug }: { node: PlacedNode; caseSlug: string }) {
  const trpc = useTRPC();
  const argument = useQuery({ ...trpc.argument.byId.queryOptions({ id: node.id }), enabled: node.kind === "argument" });
  const kicker = <p className="text-xs font-semibold uppercase tracking-wide text-muted">{KIND_NAME[node.kind]}</p>;
  if (node.kind !== "argument") {
    const link =
      node.kind === "position" ? (
        <Link href={routes.position(node.id)}>Open the position</Link>
      ) : node.kind === "event" ? (
        <Link href={routes.caseTimeline(caseSlug, node.id)}>See it on the timeline</Link>
      ) : node.kind === "source" ? (
        <Link href={routes.source(node.id)}>Open the legal source</Link>
      ) : null;
    return (
      <div className="space-y-2">
        {kicker}
        <p className="font-serif text-base">{node.label}</p>
        {link}
      </div>
    );
  }
  const a = argument.data;
  return (
    <div className="space-y-3">
      {kicker}
      <p className="font-serif text-base">{node.label}</p>
      {a && a.citations.length > 0 && (
        <div>
          <p className="font-semibold">Law</p>
          <ul className="space-y-1">
            {a.citations.map((c) => (
              <li key={c.id} className="font-serif">
                {c.formatted}
              </li>
            ))}
          </ul>
        </div>
      )}
      {a && a.events.length > 0 && (
        <div>
          <p className="font-semibold">Events</p>
          <ul className="space-y-1">
            {a.events.map((e) => (
              <li key={e.id}>{e.title}</li>
            ))}
          </ul>
        </div>
      )}
      <Link href={routes.argument(node.id)}>Open the argument</Link>
    </div>
  );
}
