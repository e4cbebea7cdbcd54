/**
 * `npm run bench`: builds a large synthetic debate beside the seeded case and prints
 * latency figures (it asserts nothing; numbers go to docs/performance.md).
 *   BENCH_DATABASE_URL (else TEST_DATABASE_URL) → a fresh database on that PostgreSQL server;
 *   otherwise an in-memory PGlite.   BENCH_ARGUMENTS (default 100000), BENCH_SOURCES (20000).
 * Then the same reads over HTTP against `npm start` (scripts/bench/http.ts), beside baselines
 * measured in the same run; that half writes bench/results.json. BENCH_LOAD_MS: how long each
 * address is loaded with 50 connections (default 10000).
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { search } from "@/db/queries/search";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase } from "@/db/testing";
import { findCaseIdBySlug } from "@/db/queries/cases";
import { getCaseGraph } from "@/db/queries/map";
import { filterGraph } from "@/lib/map-graph";
import { layoutOverview } from "@/lib/map-layout";
import { syntheticCaseGraph } from "@/lib/map-synthetic";
import { createCaller } from "@/server/root";
import { relevance } from "@/server/search-relevance";
import { firstCaseBenchmark } from "@/db/seed/authoring-benchmark";
import { evaluate, ratio } from "@/lib/authoring/evaluate";
import { propose } from "@/lib/authoring/propose";
import { benchHttp } from "./bench/http";
import { measurePageReads, type PageReadFigures } from "./bench/page-reads";

const ARGUMENTS = Number(process.env.BENCH_ARGUMENTS || 100_000);
const SOURCES = Number(process.env.BENCH_SOURCES || 20_000);
const CASES = 1_000;

async function time<T>(runs: number, fn: () => Promise<T>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: samples.at(-1)! };
}

const row = (name: string, r: { p50: number; p95: number; max: number }) =>
  console.info(
    `${name.padEnd(52)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   max ${r.max.toFixed(1).padStart(7)} ms`,
  );

/** The authoring proposer on the first case's article, against its curated record (docs/authoring.md). */
function benchAuthoring() {
  for (const library of ["current", "none"] as const) {
    const b = firstCaseBenchmark(library);
    const started = performance.now();
    const proposals = propose(b.text, { date: b.date, library: b.library });
    const ms = performance.now() - started;
    const e = evaluate(b.text, proposals, b.expected);
    console.info(`Authoring proposer on the first case's article, library ${library} (${ms.toFixed(0)} ms):`);
    for (const [kind, s] of Object.entries(e))
      console.info(
        `  ${kind.padEnd(9)} recall ${ratio(s.found, s.of).padEnd(12)} precision ${ratio(s.right, s.proposed)}${"missed" in s && s.missed.length ? `   missed: ${s.missed.join(", ")}` : ""}`,
      );
  }
  console.info("");
}

async function main() {
  benchAuthoring();
  const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  if (!server) console.info("No BENCH_DATABASE_URL: using in-memory PGlite.");
  const t = await createTestDatabase(server);
  const db = t.db;
  const runs = 40;
  const statements = new Map<string, number>();
  try {
    await seedDatabase(db);
    const seeded = await relevance(db);
    const started = performance.now();
    // Synthetic content, generated inside the database: cases, positions, arguments (a quarter mention
    // "deterrence"), legal sources and a citation per argument.
    await db.execute(sql`insert into cases (id, slug, title, summary, status)
      select 'bench-case-' || i, 'bench-case-' || i, 'Benchmark case ' || i, 'A synthetic case for measuring.', 'published' from generate_series(1, ${CASES}) i`);
    await db.execute(sql`insert into positions (id, case_id, title, summary, stance, legal_frame, status)
      select 'bench-p-' || i, 'bench-case-' || (1 + i % ${CASES}), 'Synthetic position ' || i, 'Holds a view on war powers number ' || i, 'lawful', 'domestic', 'published'
      from generate_series(1, ${CASES * 4}) i`);
    await db.execute(sql`insert into arguments (id, position_id, claim, explanation, status)
      select 'bench-a-' || i, 'bench-p-' || (1 + i % ${CASES * 4}),
             'Synthetic claim ' || i || case when i % 4 = 0 then ' about deterrence and escalation' else ' about consultation with Congress' end,
             'Explanation ' || md5(i::text) || ' on the allocation of war powers between the branches.', 'published'
      from generate_series(1, ${ARGUMENTS}) i`);
    await db.execute(sql`insert into legal_sources (id, kind, short_title, citation, citation_parts, date, date_precision, summary, verification, status)
      select 'bench-s-' || i, 'case', 'Synthetic v. Case ' || i, 'Synthetic v. Case ' || i || ', ' || (100 + i % 400) || ' U.S. ' || (1 + i % 900) || ' (' || (1800 + i % 220) || ')',
             jsonb_build_object('form', 'case', 'name', 'Synthetic v. Case ' || i, 'volume', (100 + i % 400)::text, 'reporter', 'U.S.', 'page', (1 + i % 900)::text, 'year', (1800 + i % 220)::text),
             (1800 + i % 220)::text, 'year', 'A synthetic decision.', 'background', 'published'
      from generate_series(1, ${SOURCES}) i`);
    await db.execute(sql`insert into citations (id, argument_id, legal_source_id, pinpoint, use, status)
      select 'bench-c-' || i, 'bench-a-' || i, 'bench-s-' || (1 + i % ${SOURCES}), 'at ' || (1 + i % 50), 'relies_on', 'published' from generate_series(1, ${ARGUMENTS}) i`);
    await db.execute(sql`analyze`);
    // Relevance: the share of each query's wanted items in its top three (server/search-relevance.ts).
    const crowded = await relevance(db);
    console.info(
      `Search precision@3 over ${seeded.rows.length} queries: ${seeded.precisionAt3.toFixed(3)} on the seeded case, ${crowded.precisionAt3.toFixed(3)} among the synthetic rows`,
    );
    for (const r of crowded.rows.filter((x) => x.precision < 1))
      console.info(`  misses: ${r.q} → ${r.top.join(", ") || "nothing"}${r.gap ? ` (known: ${r.gap})` : ""}`);
    console.info(
      `Generated ${CASES} cases, ${CASES * 4} positions, ${ARGUMENTS} arguments, ${SOURCES} sources, ${ARGUMENTS} citations in ${((performance.now() - started) / 1000).toFixed(1)} s (${t.url ? "PostgreSQL" : "PGlite"}).\n`,
    );

    const caller = createCaller({ getDb: async () => db, headers: new Headers() });
    for (const q of ["1543(a)", "Prize Cases", "Kaine", '"proportionate military response"'])
      row(`search, selective: ${q}`, await time(runs, () => search(db, { text: q, limit: 20, offset: 0 })));
    row(
      "search, a word in a quarter of all arguments",
      await time(runs, () => search(db, { text: "deterrence", limit: 20, offset: 0 })),
    );
    row(
      "search, typo fallback (Youngstwon)",
      await time(runs, () => search(db, { text: "Youngstwon", limit: 20, offset: 0 })),
    );
    console.info("");
    const raw = await time(runs, () => search(db, { text: "Prize Cases", limit: 20, offset: 0 }));
    const api = await time(runs, () => caller.search.query({ q: "Prize Cases" }));
    row("query function (raw SQL)", raw);
    row("same through the tRPC procedure", api);
    console.info(`API p50 / raw p50: ${(api.p50 / raw.p50).toFixed(2)}×\n`);
    row(
      "argument.byId (seeded argument)",
      await time(runs, () => caller.argument.byId({ id: "a-declare-war-clause-congress-decides" })),
    );
    row(
      "legalSource.byId (War Powers Resolution, cited-by)",
      await time(runs, () => caller.legalSource.byId({ id: "wpr" })),
    );
    row("case.bySlug (seeded case)", await time(runs, () => caller.case.bySlug({ slug: "2021-syria-border-strikes" })));
    row("legalSource.list (first page of all)", await time(runs, () => caller.legalSource.list({ limit: 50 })));

    // The map: its layout time and its crossings, for the seeded case and a 500-node synthetic one.
    const seededGraph = await getCaseGraph(db, (await findCaseIdBySlug(db, "2021-syria-border-strikes"))!);
    const synthetic = filterGraph(syntheticCaseGraph(), {});
    const seededLayout = await layoutOverview(filterGraph(seededGraph, {}));
    const syntheticLayout = await layoutOverview(synthetic);
    console.info("");
    row(
      `map: filter + ELK layout, seeded case (${seededGraph.nodes.length} nodes)`,
      await time(10, () => layoutOverview(filterGraph(seededGraph, {}))),
    );
    row(
      `map: filter + ELK layout, synthetic (${synthetic.nodes.length} nodes)`,
      await time(5, () => layoutOverview(filterGraph(syntheticCaseGraph(), {}))),
    );
    console.info(
      `map crossings: seeded case ${seededLayout.crossings} among ${seededLayout.edges.length} drawn relations; ` +
        `500-node synthetic ${syntheticLayout.crossings} among ${syntheticLayout.edges.length}`,
    );

    console.info(
      `\nWhat each page reads when nothing is cached, at this scale (${t.url ? "PostgreSQL" : "PGlite"}, in process; budget: at most 6 statements for case, timeline, map and compare):`,
    );
    for (const r of await measurePageReads(db, runs)) {
      statements.set(r.page, r.statements);
      console.info(
        `${r.page.padEnd(20)} ${String(r.statements).padStart(3)} statements   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`,
      );
    }
    console.info(
      `\nmemory: rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB, heap used ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`,
    );
  } finally {
    await t.drop();
  }

  await pgliteAgainstPostgres(server, runs);

  // Over HTTP, against `npm start` on the seeded case (a fresh database on the same server, or embedded PGlite).
  const http = server ? await createTestDatabase(server) : null;
  try {
    await benchHttp(http?.url, statements);
  } finally {
    await http?.drop();
  }
}

/** Every page's uncached reads on the seeded case, embedded PGlite against PostgreSQL (budget: within 2×). */
async function pgliteAgainstPostgres(server: string | undefined, runs: number) {
  if (!server) {
    console.info("\nPGlite against PostgreSQL: no BENCH_DATABASE_URL, so no PostgreSQL to compare with; skipped.");
    return;
  }
  const figures = [];
  for (const url of [server, undefined]) {
    const d = await createTestDatabase(url);
    try {
      await seedDatabase(d.db);
      figures.push(await measurePageReads(d.db, runs));
    } finally {
      await d.drop();
    }
  }
  const [postgres, pglite] = figures as [PageReadFigures[], PageReadFigures[]];
  console.info("\nPGlite against PostgreSQL, each page's uncached reads on the seeded case (budget: within 2×):");
  postgres.forEach((pg, i) => {
    const lite = pglite[i]!;
    console.info(
      `${pg.page.padEnd(20)} PostgreSQL p50 ${pg.p50.toFixed(1).padStart(6)} ms   PGlite p50 ${lite.p50.toFixed(1).padStart(6)} ms   ${(lite.p50 / pg.p50).toFixed(2)}×`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
