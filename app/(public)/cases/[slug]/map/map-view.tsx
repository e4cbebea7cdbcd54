"use client";

import "@xyflow/react/dist/style.css";
import { useQuery } from "@tanstack/react-query";
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from "@xyflow/react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Box } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { shortLabel, type MapEdge, type PlacedNode } from "@/lib/map-nodes";
import { routes } from "@/lib/routes";

/** Colour and line style both tell the relations apart, so the map reads in greyscale too. */
export const EDGE_STYLES: Record<MapEdge["kind"], { stroke: string; dash?: string; width: number; label: string }> = {
  member: { stroke: "#a8a29e", width: 1, label: "Belongs to the position" },
  supports: { stroke: "#047857", width: 2, label: "Supports (solid)" },
  rebuts: { stroke: "#be123c", dash: "8 5", width: 2, label: "Rebuts (dashed)" },
  undercuts: { stroke: "#b45309", dash: "2 4", width: 2.5, label: "Undercuts (dotted)" },
  qualifies: { stroke: "#57534e", dash: "10 4 2 4", width: 2, label: "Qualifies (dash-dot)" },
};

const NODE_CLASS: Record<PlacedNode["kind"], string> = {
  position: "!border-2 !border-stone-800 !bg-stone-100 !font-semibold !text-stone-900",
  argument: "!border !border-stone-400 !bg-white !text-stone-900",
  event: "!border !border-dashed !border-sky-700 !bg-sky-50 !text-sky-950",
};

export function MapView({ caseSlug, nodes, edges }: { caseSlug: string; nodes: PlacedNode[]; edges: MapEdge[] }) {
  const [selected, setSelected] = useState<PlacedNode | null>(null);
  const flowNodes: Node[] = useMemo(
    () =>
      nodes.map((n) => ({
        id: n.id,
        position: { x: n.x, y: n.y },
        data: { label: <span title={n.label}>{shortLabel(n.label)}</span> },
        ariaLabel: `${n.kind === "position" ? "Position" : n.kind === "event" ? "Event" : "Argument"}: ${n.label}`,
        style: {
          width: n.width,
          minHeight: n.height,
          fontSize: 12,
          lineHeight: 1.35,
          textAlign: "left",
          padding: 8,
          borderRadius: 6,
        },
        className: NODE_CLASS[n.kind],
        draggable: false,
        connectable: false,
      })),
    [nodes],
  );
  const flowEdges: Edge[] = useMemo(() => {
    // Membership is drawn as each position's column: position → first argument → next …
    const column = new Map<string, string>();
    const chain: MapEdge[] = [];
    for (const n of nodes) {
      if (n.kind !== "argument" || !n.positionId) continue;
      chain.push({
        id: `column:${n.id}`,
        source: column.get(n.positionId) ?? n.positionId,
        target: n.id,
        kind: "member",
      });
      column.set(n.positionId, n.id);
    }
    return [...chain, ...edges.filter((e) => e.kind !== "member")].map((e) => {
      const s = EDGE_STYLES[e.kind];
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        style: { stroke: s.stroke, strokeWidth: s.width, strokeDasharray: s.dash },
        markerEnd:
          e.kind === "member" ? undefined : { type: MarkerType.ArrowClosed, color: s.stroke, width: 18, height: 18 },
        ariaLabel: e.kind === "member" ? undefined : `${e.kind} from ${e.source} to ${e.target}`,
      };
    });
  }, [nodes, edges]);

  return (
    <div className="grid gap-4">
      <Box pad="none" className="h-[78vh] min-h-[30rem]" data-testid="map-canvas">
        <ReactFlow
          defaultNodes={flowNodes}
          defaultEdges={flowEdges}
          fitView
          fitViewOptions={{ minZoom: 0.55, maxZoom: 1 }}
          minZoom={0.1}
          nodesDraggable={false}
          nodesConnectable={false}
          onSelectionChange={({ nodes: chosen }) =>
            chosen[0] && setSelected(nodes.find((n) => n.id === chosen[0]!.id) ?? null)
          }
          onNodeClick={(_, node) => setSelected(nodes.find((n) => n.id === node.id) ?? null)}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </Box>
      <aside aria-label="Selected node" className="grid gap-4 sm:grid-cols-2">
        <Box className="text-sm" aria-live="polite">
          {selected ? (
            <Details node={selected} caseSlug={caseSlug} />
          ) : (
            <p className="text-muted">Select a node (click it, or Tab to it) to see its sources and events.</p>
          )}
        </Box>
        <Box className="text-sm">
          <h2 className="mb-2 font-semibold">Legend</h2>
          <ul className="space-y-2">
            {(Object.keys(EDGE_STYLES) as MapEdge["kind"][]).map((k) => (
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
        </Box>
      </aside>
    </div>
  );
}

function Details({ node, caseSlug }: { node: PlacedNode; caseSlug: string }) {
  const trpc = useTRPC();
  const argument = useQuery({ ...trpc.argument.byId.queryOptions({ id: node.id }), enabled: node.kind === "argument" });
  if (node.kind === "position") {
    return (
      <div className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">Position</p>
        <p className="font-serif text-base">{node.label}</p>
        <Link href={routes.position(node.id)}>Open the position</Link>
      </div>
    );
  }
  if (node.kind === "event") {
    return (
      <div className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">Event</p>
        <p className="font-serif text-base">{node.label}</p>
        <Link href={routes.caseTimeline(caseSlug, node.id)}>See it on the timeline</Link>
      </div>
    );
  }
  const a = argument.data;
  return (
    <div className="space-y-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">Argument</p>
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
