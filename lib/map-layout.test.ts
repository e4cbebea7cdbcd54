import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filterGraph, type CaseGraph } from "./map-graph";
import {
  countCrossings,
  layoutFocus,
  layoutOverview,
  wrappedLines,
  type MapEdge,
  type MapNode,
  type PlacedNode,
} from "./map-layout";
import { MAP_TYPE } from "./map-nodes";
import { syntheticCaseGraph } from "./map-synthetic";

const seed = JSON.parse(readFileSync("db/seed/content/syria-2021-case.json", "utf8")) as {
  positions: { id: string; title: string }[];
  arguments: { id: string; claim: string; position: string; sources: { source: string }[]; events: string[] }[];
  argument_relations: { from: string; to: string; kind: MapEdge["kind"] }[];
  events: { id: string; title: string }[];
  clashes: { id: string; question: string; sides: { arguments: string[] }[] }[];
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
    clashes: seed.clashes.map((c) => ({
      id: c.id,
      question: c.question,
      argumentIds: c.sides.flatMap((s) => s.arguments),
    })),
  };
}

const overlaps = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a route's segment runs through the inside of a box (not merely along or up to its edge). */
function through(box: PlacedNode, [a, b]: readonly [{ x: number; y: number }, { x: number; y: number }]) {
  const inset = 1;
  const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x1 < box.x + box.width - inset && x2 > box.x + inset && y1 < box.y + box.height - inset && y2 > box.y + inset;
}

function expectReadable(layout: Awaited<ReturnType<typeof layoutOverview>>) {
  const boxes = layout.nodes;
  const problems: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!, boxes[j]!)) problems.push(`${boxes[i]!.key} overlaps ${boxes[j]!.key}`);
  const byKey = new Map(boxes.map((n) => [n.key, n]));
  for (const e of layout.edges) {
    const segments = e.points.slice(1).map((p, i) => [e.points[i]!, p] as const);
    for (const s of segments) {
      if (s[0].x !== s[1].x && s[0].y !== s[1].y) problems.push(`${e.key} is not orthogonal`);
      for (const box of boxes)
        if (box.key !== e.source && box.key !== e.target && through(box, s))
          problems.push(`${e.key} runs through ${box.key}`);
    }
    // It leaves its source's side and reaches its target's.
    const [from, to] = [byKey.get(e.source)!, byKey.get(e.target)!];
    if (![from.x, from.x + from.width].includes(e.points[0]!.x)) problems.push(`${e.key} leaves off its source's side`);
    if (![to.x, to.x + to.width].includes(e.points.at(-1)!.x)) problems.push(`${e.key} ends off its target's side`);
  }
  expect(problems).toEqual([]);
}

describe("layoutOverview", () => {
  it("lays the seeded case out by clash and position, every relation within a row, with no crossings", async () => {
    const layout = await layoutOverview(filterGraph(seededGraph(), {}));
    expectReadable(layout);
    expect(layout.rows.map((r) => r.id)).toEqual(seed.clashes.map((c) => c.id));

    // Columns are the positions, in order: each argument sits under its position's header.
    const header = new Map(layout.nodes.filter((n) => n.kind === "position").map((n) => [n.id, n]));
    expect([...header.keys()]).toEqual(seed.positions.map((p) => p.id));
    const args = layout.nodes.filter((n) => n.kind === "argument");
    for (const a of args) {
      const h = header.get(a.positionId!)!;
      expect(a.x, `${a.key} in its column`).toBeGreaterThanOrEqual(h.x);
      expect(a.x + a.width).toBeLessThanOrEqual(h.x + h.width);
      const row = layout.rows.find((r) => a.key.endsWith(`@${r.id}`))!;
      expect(a.y).toBeGreaterThanOrEqual(row.y);
      expect(a.y + a.height).toBeLessThanOrEqual(row.y + row.height);
    }
    // Every argument appears in each clash that holds it, and in no other row.
    for (const c of seed.clashes)
      for (const id of c.sides.flatMap((s) => s.arguments))
        expect(args.some((a) => a.key === `${id}@${c.id}`)).toBe(true);
    expect(args).toHaveLength(seed.clashes.reduce((n, c) => n + c.sides.flatMap((s) => s.arguments).length, 0));

    // Relations between arguments that share a clash are drawn there; the rest are named on their boxes.
    const drawn = new Set(layout.edges.map((e) => e.key.split("@")[0]));
    const refs = args.flatMap((a) => a.refs ?? []);
    for (const [i, r] of seed.argument_relations.entries()) {
      const held = (id: string) => seed.clashes.filter((c) => c.sides.some((s) => s.arguments.includes(id)));
      const together = held(r.from).some((c) => held(r.to).includes(c));
      if (together) expect(drawn.has(`r${i}`), `r${i} drawn`).toBe(true);
      else
        expect(
          refs.some((ref) => ref.otherId === r.to || ref.otherId === r.from),
          `r${i} named`,
        ).toBe(true);
    }
    console.info(`map crossings, seeded case: ${layout.crossings} among ${layout.edges.length} drawn relations`);
    expect(layout.crossings).toBe(0);
  });

  it("keeps a 500-node synthetic case readable and counts its crossings", async () => {
    const graph = syntheticCaseGraph();
    const kept = filterGraph(graph, {});
    expect(kept.nodes).toHaveLength(500);
    const layout = await layoutOverview(kept);
    expectReadable(layout);
    console.info(
      `map crossings, 500-node synthetic case: ${layout.crossings} among ${layout.edges.length} drawn relations`,
    );
    // Relations run within their rows: crossings stay a small share of what is drawn.
    expect(layout.crossings).toBeLessThan(layout.edges.length * 0.05);
  });

  it("puts a filtered map in the rows of what is left", async () => {
    const layout = await layoutOverview(filterGraph(seededGraph(), { source: "wpr-1543a" }));
    expect(layout.rows.map((r) => r.id)).toEqual(["c-consultation", "c-war-powers-resolution"]);
    expect(layout.nodes.filter((n) => n.kind === "argument").map((n) => n.id)).toEqual([
      "a-report-consistent-with-wpr",
      "a-report-consistent-with-wpr",
    ]);
    expect(layout.nodes.find((n) => n.kind === "argument")!.alsoIn).toEqual([2]);
  });

  it("sizes every box for its wrapped label at 12 px or more", async () => {
    const layout = await layoutOverview(filterGraph(seededGraph(), {}));
    expect(MAP_TYPE.small).toBeGreaterThanOrEqual(12);
    for (const n of layout.nodes.filter((b) => b.kind === "argument"))
      expect(n.height).toBeGreaterThanOrEqual(wrappedLines(n.label.slice(0, 90), n.width) * MAP_TYPE.label);
  });
});

describe("layoutFocus", () => {
  it("puts what answers an argument on its left and what it answers, cites and rests on on its right", async () => {
    const graph = seededGraph();
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const focus = byId.get("a-article-ii-suffices")!;
    const relations = graph.edges.filter((e) => e.kind !== "member");
    const layout = await layoutFocus({
      focus,
      incoming: relations.filter((e) => e.target === focus.id).map((edge) => ({ edge, node: byId.get(edge.source)! })),
      outgoing: relations.filter((e) => e.source === focus.id).map((edge) => ({ edge, node: byId.get(edge.target)! })),
      sources: [{ key: "c1", id: "const-art-ii-2", label: "U.S. Const. art. II, § 2, cl. 1" }],
      events: [{ id: "e-2021-02-25-strikes", label: "U.S. airstrikes in eastern Syria" }],
      positionTitle: (id) => byId.get(id)?.label,
    });
    expectReadable(layout);
    const centre = layout.nodes.find((n) => n.focus)!;
    expect(centre.id).toBe(focus.id);
    const incoming = layout.nodes.filter((n) => relations.some((e) => e.target === focus.id && e.source === n.id));
    expect(incoming.length).toBeGreaterThanOrEqual(4);
    for (const n of incoming) expect(n.x + n.width).toBeLessThanOrEqual(centre.x);
    for (const n of layout.nodes.filter((b) => b.kind === "source" || b.kind === "event"))
      expect(n.x).toBeGreaterThanOrEqual(centre.x + centre.width);
    expect(layout.edges.map((e) => e.kind)).toEqual(expect.arrayContaining(["cites", "restsOn", "rebuts", "supports"]));
    expect(incoming[0]!.kicker).toBeTruthy();
  });
});

describe("countCrossings", () => {
  const route = (...points: [number, number][]) => ({ points: points.map(([x, y]) => ({ x, y })) });
  it("counts routes that cross, not routes that meet, part or run together", () => {
    expect(countCrossings([route([0, 5], [10, 5]), route([5, 0], [5, 10])])).toBe(1);
    // Two routes from one port: a shared trunk, then they part at a junction.
    expect(countCrossings([route([0, 0], [5, 0], [5, 10], [10, 10]), route([0, 0], [5, 0], [5, -10], [10, -10])])).toBe(
      0,
    );
    // A route ending on another is a touch.
    expect(countCrossings([route([0, 5], [10, 5]), route([5, 5], [5, 10])])).toBe(0);
    expect(countCrossings([route([0, 0], [10, 10]), route([0, 10], [10, 0]), route([5, -1], [5, 11])])).toBe(3);
  });
});

describe("filterGraph", () => {
  it("keeps what rests on a legal source, with its position and the clashes that hold it", () => {
    const { nodes, clashes } = filterGraph(seededGraph(), { source: "wpr-1543a" });
    expect(nodes.map((n) => n.id).sort()).toEqual(["a-report-consistent-with-wpr", "p-white-house-article-ii"]);
    expect(clashes).toEqual([
      expect.objectContaining({ id: "c-consultation", argumentIds: ["a-report-consistent-with-wpr"] }),
      expect.objectContaining({ id: "c-war-powers-resolution", argumentIds: ["a-report-consistent-with-wpr"] }),
    ]);
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
      clashes: [],
    };
    const result = filterGraph(big, {});
    expect(result).toMatchObject({ total: 801, trimmed: true });
    expect(result.nodes).toHaveLength(500);
    expect(result.nodes[0]!.id).toBe("p");
    expect(result.edges.every((e) => result.nodes.some((n) => n.id === e.target))).toBe(true);
  });
});

describe("wrappedLines", () => {
  it("wraps word by word, and breaks a word longer than a line", () => {
    expect(wrappedLines("short", 248)).toBe(1);
    expect(wrappedLines("word ".repeat(40).trim(), 248)).toBe(7);
    expect(wrappedLines("x".repeat(90), 248)).toBe(4);
    expect(wrappedLines(`a ${"x".repeat(29)}`, 248)).toBe(2);
  });
});
