import type { CaseGraph } from "./map-graph";
import type { MapEdge, MapNode } from "./map-nodes";
import { seededRandom } from "./seeded-random";

/**
 * A made-up case of a given size for measuring the map: positions, clashes whose sides
 * are held by a few positions each, and relations mostly within a clash, some across.
 * The same arguments always give the same case.
 */
export function syntheticCaseGraph({ positions = 10, clashes = 35, nodes = 500, seed = 1 } = {}): CaseGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const words = ["statute", "consultation", "hostilities", "self-defense", "reporting", "authorization", "deterrence"];
  const graph: CaseGraph = { nodes: [], edges: [], sourcesOf: {}, eventsOf: {}, clashes: [] };
  for (let p = 0; p < positions; p++)
    graph.nodes.push({
      id: `p${p}`,
      kind: "position",
      label: `Position ${p + 1} on the ${pick(words)} question`,
      positionId: null,
    });
  const argumentsPerClash = Math.ceil((nodes - positions) / clashes);
  let made = 0;
  for (let c = 0; c < clashes && made < nodes - positions; c++) {
    const holders = [
      ...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(random() * positions))),
    ];
    const clash = {
      id: `c${c}`,
      question: `Question ${c + 1}: does the ${pick(words)} rule reach this ${pick(words)}?`,
      argumentIds: [] as string[],
    };
    for (let a = 0; a < argumentsPerClash && made < nodes - positions; a++, made++) {
      const node: MapNode = {
        id: `c${c}a${a}`,
        kind: "argument",
        label: `Argument ${a + 1} on question ${c + 1}: a claim of ordinary length about ${pick(words)} and the ${pick(words)} it needs`,
        positionId: `p${pick(holders)}`,
      };
      graph.nodes.push(node);
      clash.argumentIds.push(node.id);
    }
    graph.clashes.push(clash);
  }
  const args = graph.nodes.filter((n) => n.kind === "argument");
  const kinds: MapEdge["kind"][] = ["rebuts", "rebuts", "supports", "undercuts", "qualifies"];
  for (const clash of graph.clashes) {
    for (const [i, id] of clash.argumentIds.entries()) {
      if (i === 0) continue;
      // Most relations answer an argument of the same clash; one in six reaches another clash.
      const target = random() < 1 / 6 ? pick(args).id : clash.argumentIds[Math.floor(random() * i)]!;
      if (target !== id) graph.edges.push({ id: `r-${id}`, source: id, target, kind: pick(kinds) });
    }
  }
  for (const a of args)
    graph.edges.unshift({ id: `member:${a.id}`, source: a.positionId!, target: a.id, kind: "member" });
  return graph;
}
