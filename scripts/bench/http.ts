import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAppServer } from "../stress/app-server";
import { percentile, runLoad, type LoadResult } from "../stress/load";
import { startBareNext } from "./bare-next";

/**
 * The HTTP half of `npm run bench`: the production server (`npm start`, embedded PGlite or
 * BENCH_DATABASE_URL's server) on the seeded case, each public page and tRPC read at one
 * connection and at 50, beside baselines measured in the same run: a static file the same
 * server sends, and a bare Next app's prerendered page on the same `next`. Prints a table
 * and writes bench/results.json. Asserts nothing.
 */
const CASE = "2021-syria-border-strikes";
const CONNECTIONS = 50;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS || 10_000);
const SEQUENTIAL = 100;
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: value }))}`;

export const TARGETS: [name: string, path: string][] = [
  ["home", "/"],
  ["case", `/cases/${CASE}`],
  ["timeline", `/cases/${CASE}/timeline`],
  ["article", `/cases/${CASE}/article`],
  ["map", `/cases/${CASE}/map`],
  ["compare", `/cases/${CASE}/compare?positions=p-kaine-unconstitutional%2Cp-white-house-article-ii&order=1`],
  ["argument", "/arguments/a-article-ii-suffices"],
  ["legal source", "/sources/wpr"],
  ["actor", "/actors/kaine"],
  ["source list", "/sources"],
  ["search (per request)", "/search?q=war+powers"],
  ["tRPC case.bySlug", `/api/trpc/case.bySlug${input({ slug: CASE })}`],
  ["tRPC argument.byId", `/api/trpc/argument.byId${input({ id: "a-article-ii-suffices" })}`],
  ["tRPC legalSource.list", `/api/trpc/legalSource.list${input({ limit: 50 })}`],
];

interface Row {
  name: string;
  path: string;
  status: number;
  p50One: number;
  p99One: number;
  load: LoadResult;
}

/** Each connection as its own client address (through one trusted proxy hop), so no per-address limit is what is measured. */
const clientOf = (client: number) => ({ "x-forwarded-for": `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}` });

async function measure(origin: string, name: string, target: string): Promise<Row> {
  const first = await fetch(origin + target, { headers: clientOf(0) });
  await first.arrayBuffer();
  const latencies: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    const res = await fetch(origin + target, { headers: clientOf(i % CONNECTIONS) });
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  const load = await runLoad(origin, CONNECTIONS, LOAD_MS, (client) => ({ path: target, headers: clientOf(client) }));
  return { name, path: target, status: first.status, p50One: percentile(latencies, 0.5), p99One: percentile(latencies, 0.99), load };
}

export async function benchHttp(databaseUrl: string | undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), "wpe-bench-http-"));
  const env: Record<string, string> = { TRUSTED_PROXY_HOPS: "1", PGLITE_DIR: path.join(dir, "pglite"), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: "" }) };
  console.info(`\nHTTP: npm start on ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, ${CONNECTIONS} connections for ${LOAD_MS / 1000} s per address (building first if needed)…`);
  const app = await startAppServer(env);
  const bare = await startBareNext();
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(app.rssMiB()), 1_000);
  try {
    const home = await (await fetch(`${app.origin}/`)).text();
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(home)?.[0] ?? "/icon.svg";
    const baselines = [await measure(bare.origin, "baseline: bare Next prerendered page", "/"), await measure(app.origin, "baseline: static file (same server)", asset)];
    const rows: Row[] = [];
    for (const [name, target] of TARGETS) rows.push(await measure(app.origin, name, target));
    const bareRps = baselines[0]!.load.perSecond;
    const line = (r: Row) =>
      `${r.name.padEnd(38)} ${String(r.status).padStart(3)}  1 conn p50 ${r.p50One.toFixed(1).padStart(6)} ms p99 ${r.p99One.toFixed(1).padStart(6)} ms   ` +
      `${CONNECTIONS} conns ${r.load.perSecond.toFixed(0).padStart(5)}/s p99 ${r.load.p99.toFixed(0).padStart(5)} ms ${String(r.load.errors).padStart(3)} errors   ` +
      `${(r.load.perSecond / bareRps).toFixed(2)}× the bare page`;
    for (const r of [...baselines, ...rows]) console.info(line(r));
    console.info(`server RSS: peak ${Math.max(...rss).toFixed(0)} MiB`);
    mkdirSync("bench", { recursive: true });
    const results = {
      measuredAt: new Date().toISOString(),
      database: databaseUrl ? "postgres" : "pglite",
      connections: CONNECTIONS,
      loadSeconds: LOAD_MS / 1000,
      peakRssMiB: Math.round(Math.max(...rss)),
      baselines: baselines.map(summary),
      reads: rows.map((r) => ({ ...summary(r), vsBarePage: r.load.perSecond / bareRps })),
    };
    writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.info("Written: bench/results.json");
  } finally {
    clearInterval(sampler);
    await Promise.all([app.stop(), bare.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

function summary(r: Row) {
  return {
    name: r.name,
    path: r.path,
    status: r.status,
    oneConnection: { p50Ms: round(r.p50One), p99Ms: round(r.p99One) },
    load: { perSecond: round(r.load.perSecond), p50Ms: round(r.load.p50), p99Ms: round(r.load.p99), errors: r.load.errors, failures: r.load.failures },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
