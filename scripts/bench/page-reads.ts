import { performance } from "node:perf_hooks";
import { withStatementLog, type Db } from "@/db/client";
import { directReads, type PublishedReads } from "@/server/published-queries";

/**
 * What each public page reads from the database when nothing is cached: the published reads
 * (server/published-queries.ts) its render calls, with the arguments the bench's addresses
 * give them (scripts/bench/http.ts). A render dedupes a read it makes twice, so each is here once.
 */
export const CASE = "2021-syria-border-strikes";
export const COMPARED = ["p-kaine-unconstitutional", "p-white-house-article-ii"];

export const PAGE_READS: [page: string, reads: (r: PublishedReads) => Promise<unknown>][] = [
  ["home", (r) => r.caseList()],
  ["case", (r) => Promise.all([r.case(CASE), r.events(CASE)])],
  ["timeline", (r) => Promise.all([r.case(CASE), r.events(CASE)])],
  ["article", async (r) => r.document((await r.case(CASE))!.article!.id)],
  ["map", (r) => Promise.all([r.case(CASE), r.mapGraph(CASE, {})])],
  ["compare", (r) => Promise.all([r.case(CASE), r.comparisonInput(CASE, COMPARED)])],
  ["argument", (r) => r.argument("a-article-ii-suffices")],
  ["legal source", (r) => r.source("wpr")],
  ["actor", (r) => r.actor("kaine")],
  ["source list", (r) => r.sourceList({ limit: 50, offset: 0 })],
];

export interface PageReadFigures {
  page: string;
  statements: number;
  p50: number;
  p95: number;
}

/** Statements per uncached render of each page, and the reads' time over `runs` calls. */
export async function measurePageReads(db: Db, runs: number): Promise<PageReadFigures[]> {
  let statements = 0;
  const reads = directReads(withStatementLog(db, () => statements++));
  const out: PageReadFigures[] = [];
  for (const [page, read] of PAGE_READS) {
    statements = 0;
    await read(reads);
    const count = statements;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await read(reads);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
    out.push({ page, statements: count, p50: at(0.5), p95: at(0.95) });
  }
  return out;
}
