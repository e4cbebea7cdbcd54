import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filterGraph, type CaseGraph } from "./map-graph";
import { layoutGraph, overlaps, type MapEdge, type MapNode } from "./map-layout";

const seed = JSON.parse(readFileSync("db/seed/content/syria-2021-case.json", "utf8")) as {
  positions: { id: string; title: string }[];
  arguments: { id: string; claim: string; position: string; sources: { source: string }[]; events: string[] }[];
  argument_relations: { from: string; to: string; kind: MapEdge["kind"] }[];
  events: { id: string; title: string }[];
};

function seededGraph(): CaseGraph {
  const nodes: MapNode[] = [
    ...seed.positions.map((p) => ({ id: p.id, kind: "position" as const, label: p.title, positionId: null })),
    ...seed.arguments.map((a) => ({ id: a.id, kind: "argument" as const, label: a.claim, positionId: a.position })),
  ];
  const eventIds = new Set(seed.events.map((e) => e.id));
  for (const r of seed.argument_relations) {
    if (eventIds.has(r.to))
      nodes.push({ id: r.to, kind: "event", label: seed.events.find((e) => e.id === r.to)!.title, positionId: null });
  }
  const edges: MapEdge[] = [
    ...seed.arguments.map((a) => ({ id: `member:${a.id}`, source: a.position, target: a.id, kind: "member" as const })),
    ...seed.argument_relations.map((r, i) => ({ id: `r${i}`, source: r.from, target: r.to, kind: r.kind })),
  ];
  return {
    nodes,
    edges,
    sourcesOf: Object.fromEntries(seed.arguments.map((a) => [a.id, a.sources.map((s) => s.source)])),
    eventsOf: Object.fromEntries(seed.arguments.map((a) => [a.id, a.events])),
  };
}

describe("layoutGraph", () => {
  it("places the seeded case with no two nodes overlapping, positions on the top layer", () => {
    const { nodes, edges } = filterGraph(seededGraph(), {});
    const placed = layoutGraph(nodes, edges);
    expect(placed).toHaveLength(seed.positions.length + seed.arguments.length + 1);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(overlaps(placed[i]!, placed[j]!), `${placed[i]!.id} overlaps ${placed[j]!.id}`).toBe(false);
      }
    }
    const positionsBottom = Math.max(...placed.filter((n) => n.kind === "position").map((n) => n.y));
    const argumentsTop = Math.min(...placed.filter((n) => n.kind === "argument").map((n) => n.y));
    expect(positionsBottom).toBeLessThan(argumentsTop);
    for (const a of placed.filter((n) => n.kind === "argument")) {
      const parent = placed.find((n) => n.id === a.positionId)!;
      expect(a.y, `${a.id} below its position`).toBeGreaterThan(parent.y);
    }
  });
});

describe("filterGraph", () => {
  it("keeps what rests on a legal source, with its position", () => {
    const { nodes } = filterGraph(seededGraph(), { source: "wpr-1543a" });
    expect(nodes.map((n) => n.id).sort()).toEqual(["a-report-consistent-with-wpr", "p-white-house-article-ii"]);
  });

  it("keeps one relation kind, and one position's arguments", () => {
    const rebuttals = filterGraph(seededGraph(), { relation: "rebuts" });
    expect(rebuttals.edges.every((e) => e.kind === "member" || e.kind === "rebuts")).toBe(true);
    const kaine = filterGraph(seededGraph(), { position: "p-kaine-unconstitutional" });
    expect(
      kaine.nodes.filter((n) => n.kind === "argument").every((n) => n.positionId === "p-kaine-unconstitutional"),
    ).toBe(true);
  });

  it("trims past the limit and says so", () => {
    const big: CaseGraph = {
      nodes: [
        { id: "p", kind: "position", label: "P", positionId: null },
        ...Array.from({ length: 800 }, (_, i) => ({
          id: `a${i}`,
          kind: "argument" as const,
          label: `Claim ${i}`,
          positionId: "p",
        })),
      ],
      edges: Array.from({ length: 800 }, (_, i) => ({
        id: `m${i}`,
        source: "p",
        target: `a${i}`,
        kind: "member" as const,
      })),
      sourcesOf: {},
      eventsOf: {},
    };
    const result = filterGraph(big, {});
    expect(result).toMatchObject({ total: 801, trimmed: true });
    expect(result.nodes).toHaveLength(500);
    expect(result.nodes[0]!.id).toBe("p");
    expect(result.edges.every((e) => result.nodes.some((n) => n.id === e.target))).toBe(true);
  });
});
