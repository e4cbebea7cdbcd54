import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAppServer, type AppServer } from "../stress/app-server";
import { percentile, runLoad, type LoadResult } from "../stress/load";
import { startBareNext } from "./bare-next";
import { firstLoadMeter } from "./first-load";
import { lighthouseFigures, type LighthouseFigures } from "./lighthouse";
import { mapRenderMs, writeMapCase } from "./map-browser";
import { CASE, COMPARED } from "./page-reads";

/**
 * The HTTP half of `npm run bench`: the production server (`npm start`, embedded PGlite or
 * BENCH_DATABASE_URL's server) on the seeded case, each public page and tRPC read at one
 * connection and at 50, warm and then cold (CACHE_DISABLED: nothing kept, every request
 * renders from the database), beside baselines measured in the same run: a bare Next app's
 * prerendered page on the same `next`, a static file, and, in the same build (BENCH_ROUTES),
 * a bare route handler and a minimal dynamic page with one primary-key query. Also first-load
 * JavaScript per page and Lighthouse mobile. Prints tables and writes bench/results.json.
 * Asserts nothing.
 */
const CONNECTIONS = 50;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS || 10_000);
const COLD_LOAD_MS = Number(process.env.BENCH_COLD_LOAD_MS || 5_000);
const SEQUENTIAL = 100;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 5);
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: value }))}`;

type Kind = "page" | "stored page" | "trpc";
/** name, address, and what it is held against: a page stored whole, a page with a per-request part, a tRPC read. */
export const TARGETS: [name: string, path: string, kind: Kind][] = [
  ["home", "/", "page"],
  ["case", `/cases/${CASE}`, "stored page"],
  ["timeline", `/cases/${CASE}/timeline`, "stored page"],
  ["article", `/cases/${CASE}/article`, "stored page"],
  ["map", `/cases/${CASE}/map`, "page"],
  ["compare", `/cases/${CASE}/compare?positions=${COMPARED.join("%2C")}&order=1`, "page"],
  ["argument", "/arguments/a-article-ii-suffices", "stored page"],
  ["legal source", "/sources/wpr", "stored page"],
  ["actor", "/actors/kaine", "stored page"],
  ["source list", "/sources", "page"],
  ["search (per request)", "/search?q=war+powers", "page"],
  ["tRPC case.bySlug", `/api/trpc/case.bySlug${input({ slug: CASE })}`, "trpc"],
  ["tRPC argument.byId", `/api/trpc/argument.byId${input({ id: "a-article-ii-suffices" })}`, "trpc"],
  ["tRPC legalSource.list", `/api/trpc/legalSource.list${input({ limit: 50 })}`, "trpc"],
];
const LIGHTHOUSE_PAGES = ["home", "case", "argument", "search (per request)", "map"];
const ROUTE_HANDLER = "baseline: route handler, one primary-key query";
const MINIMAL_PAGE = "baseline: minimal dynamic page, same query";

interface Row {
  name: string;
  path: string;
  status: number;
  /** Size of the body (uncompressed). */
  bytes: number;
  p50One: number;
  p99One: number;
  load: LoadResult;
}

/** Each connection as its own client address (through one trusted proxy hop), so no per-address limit is what is measured. */
const clientOf = (client: number) => ({ "x-forwarded-for": `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}` });

async function measure(origin: string, name: string, target: string, loadMs: number, sequential = SEQUENTIAL, expect?: number): Promise<Row> {
  const first = await fetch(origin + target, { headers: clientOf(0), redirect: "manual" });
  const bytes = (await first.arrayBuffer()).byteLength;
  const latencies: number[] = [];
  for (let i = 0; i < sequential; i++) {
    const t = performance.now();
    const res = await fetch(origin + target, { headers: clientOf(i % CONNECTIONS), redirect: "manual" });
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  const load = await runLoad(origin, CONNECTIONS, loadMs, (client) => ({ path: target, headers: clientOf(client), expect }));
  return { name, path: target, status: first.status, bytes, p50One: percentile(latencies, 0.5), p99One: percentile(latencies, 0.99), load };
}

/** Peak resident memory of a server while `work` runs, sampled every 250 ms. */
async function withRss<T>(server: { rssMiB(): number }, work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  const samples = [server.rssMiB()];
  const timer = setInterval(() => samples.push(server.rssMiB()), 250);
  try {
    return { result: await work(), peakMiB: Math.max(...samples) };
  } finally {
    clearInterval(timer);
  }
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const pad = (s: string | number, n: number) => String(s).padStart(n);

export async function benchHttp(databaseUrl: string | undefined, statementsPerPage: Map<string, number>) {
  const dir = mkdtempSync(path.join(tmpdir(), "wpe-bench-http-"));
  const env: Record<string, string> = {
    TRUSTED_PROXY_HOPS: "1",
    BENCH_ROUTES: "1",
    PGLITE_DIR: path.join(dir, "pglite"),
    DATABASE_URL: databaseUrl ?? "",
  };
  console.info(`\nHTTP: npm start on ${databaseUrl ? "PostgreSQL" : "embedded PGlite"}, ${CONNECTIONS} connections for ${LOAD_MS / 1000} s per address warm, ${COLD_LOAD_MS / 1000} s cold (building first if needed)…`);
  // The map budget's case of 500 nodes, written before the server opens the database.
  await writeMapCase(databaseUrl ? { driver: "postgres", url: databaseUrl } : { driver: "pglite", dataDir: env.PGLITE_DIR! });
  const bare = await startBareNext();
  let app: AppServer | null = await startAppServer(env);
  try {
    // Warm: the published cache filled by the first request to each address.
    const home = await (await fetch(`${app.origin}/`)).text();
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(home)?.[0] ?? "/icon.svg";
    const bareRun = await withRss(bare, () => measure(bare.origin, "baseline: bare Next prerendered page", "/", LOAD_MS));
    const warmApp = app;
    const warmRun = await withRss(warmApp, async () => {
      const staticFile = await measure(warmApp.origin, "baseline: static file (same server)", asset, LOAD_MS);
      const routeHandler = await measure(warmApp.origin, ROUTE_HANDLER, "/api/bench/row", LOAD_MS);
      const minimalPage = await measure(warmApp.origin, MINIMAL_PAGE, "/bench/row", LOAD_MS);
      // Where a stored page's time goes: a response the proxy gives itself (a redirect it decides),
      // then the smallest page stored whole (the 404 page), then the pages by size.
      const proxyOnly = await measure(warmApp.origin, "baseline: answered by the proxy (307)", `/cases/${CASE}/compare?positions=${COMPARED.join("%2C")}`, LOAD_MS, SEQUENTIAL, 307);
      const stored404 = await measure(warmApp.origin, "baseline: smallest stored page (the 404)", "/no-such-page", LOAD_MS, SEQUENTIAL, 404);
      const rows: Row[] = [];
      for (const [name, target] of TARGETS) rows.push(await measure(warmApp.origin, name, target, LOAD_MS));
      return { staticFile, routeHandler, minimalPage, proxyOnly, stored404, warm: rows };
    });
    const { staticFile, routeHandler, minimalPage, proxyOnly, stored404, warm } = warmRun.result;
    const barePage = bareRun.result;

    const firstLoad = firstLoadMeter();
    const bareJs = await firstLoad(bare.origin, "/");
    const bareLinkJs = await firstLoad(bare.origin, "/link");
    const js: { name: string; files: number; kB: number }[] = [];
    for (const [name, target, kind] of TARGETS) if (kind !== "trpc") js.push({ name, ...(await firstLoad(warmApp.origin, target)) });

    const lighthouse = await lighthouseFigures(
      [["baseline: bare Next prerendered page", `${bare.origin}/`], ...TARGETS.filter(([name]) => LIGHTHOUSE_PAGES.includes(name)).map(([name, target]): [string, string] => [name, warmApp.origin + target])],
      LIGHTHOUSE_RUNS,
    );

    const mapMs = await mapRenderMs(warmApp.origin);
    const mapMedian = mapMs[Math.floor(mapMs.length / 2)]!;

    // Cold: the same build restarted with nothing cached, so every request renders from the database.
    await app.stop();
    app = null;
    const coldApp = await startAppServer({ ...env, CACHE_DISABLED: "1" });
    app = coldApp;
    const coldRun = await withRss(coldApp, async () => {
      const coldMinimal = await measure(coldApp.origin, MINIMAL_PAGE, "/bench/row", COLD_LOAD_MS, 50);
      const rows: Row[] = [];
      for (const [name, target] of TARGETS) rows.push(await measure(coldApp.origin, name, target, COLD_LOAD_MS, 50));
      return { coldMinimal, cold: rows };
    });
    const { coldMinimal, cold } = coldRun.result;

    report({ barePage, staticFile, routeHandler, minimalPage, proxyOnly, stored404, warm, coldMinimal, cold, statementsPerPage, bareJs, bareLinkJs, js, lighthouse });
    console.info(`\nMap of 500 nodes in Chromium, navigation to the 500th node drawn: median ${fixed(mapMedian, 0)} ms of ${mapMs.map((t) => fixed(t, 0)).join(", ")} (budget under 1,000 ms)`);
    const peakRssMiB = Math.round(Math.max(warmRun.peakMiB, coldRun.peakMiB));
    console.info(`\nserver RSS: peak ${peakRssMiB} MiB (warm ${fixed(warmRun.peakMiB, 0)}, cold ${fixed(coldRun.peakMiB, 0)}); the bare Next app ${fixed(bareRun.peakMiB, 0)} MiB`);

    mkdirSync("bench", { recursive: true });
    const coldOf = new Map(cold.map((r) => [r.name, r]));
    const results = {
      measuredAt: new Date().toISOString(),
      database: databaseUrl ? "postgres" : "pglite",
      connections: CONNECTIONS,
      loadSeconds: { warm: LOAD_MS / 1000, cold: COLD_LOAD_MS / 1000 },
      peakRssMiB,
      barePeakRssMiB: Math.round(bareRun.peakMiB),
      baselines: [barePage, staticFile, routeHandler, minimalPage, proxyOnly, stored404].map(summary),
      coldMinimalPage: summary(coldMinimal),
      reads: warm.map((r, i) => {
        const [, , kind] = TARGETS[i]!;
        const c = coldOf.get(r.name);
        return {
          ...summary(r),
          kind,
          statements: statementsPerPage.get(r.name) ?? null,
          vsBaseline: r.load.perSecond / (kind === "trpc" ? routeHandler.load.perSecond : barePage.load.perSecond),
          cold: c ? { ...summary(c), p50VsMinimalPage: c.p50One / coldMinimal.p50One } : null,
        };
      }),
      firstLoadJs: { barePage: bareJs, barePageWithLink: bareLinkJs, pages: js.map((p) => ({ ...p, aboveBareKb: p.kB - bareJs.kB })) },
      lighthouse,
      mapOf500NodesMs: { median: round(mapMedian), runs: mapMs.map(round) },
    };
    writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.info("Written: bench/results.json");
  } finally {
    await Promise.all([app?.stop(), bare.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(r: {
  barePage: Row;
  staticFile: Row;
  routeHandler: Row;
  minimalPage: Row;
  proxyOnly: Row;
  stored404: Row;
  warm: Row[];
  coldMinimal: Row;
  cold: Row[];
  statementsPerPage: Map<string, number>;
  bareJs: { kB: number };
  bareLinkJs: { kB: number };
  js: { name: string; files: number; kB: number }[];
  lighthouse: LighthouseFigures[] | null;
}) {
  const line = (row: Row, against: string) =>
    `${row.name.padEnd(44)} ${pad(row.status, 3)} ${pad(fixed(row.bytes / 1024, 0), 4)} KiB  1 conn p50 ${pad(fixed(row.p50One), 6)} p99 ${pad(fixed(row.p99One), 6)} ms   ` +
    `${CONNECTIONS} conns ${pad(fixed(row.load.perSecond, 0), 5)}/s p99 ${pad(fixed(row.load.p99, 0), 5)} ms ${pad(row.load.errors, 3)} errors   ${against}`;
  console.info("\nWarm (published reads cached):");
  for (const b of [r.barePage, r.staticFile, r.routeHandler, r.minimalPage, r.proxyOnly, r.stored404]) console.info(line(b, `${fixed(b.load.perSecond / r.barePage.load.perSecond, 2)}× the bare page`));
  r.warm.forEach((row, i) => {
    const [, , kind] = TARGETS[i]!;
    const base = kind === "trpc" ? r.routeHandler : r.barePage;
    const budget = kind === "trpc" ? "budget ≥ 0.60× the route handler" : kind === "stored page" ? "budget ≥ 0.50×, p99 ≤ 150 ms" : "per-request part";
    console.info(line(row, `${fixed(row.load.perSecond / base.load.perSecond, 2)}× ${kind === "trpc" ? "the route handler" : "the bare page"} (${budget})`));
  });

  console.info("\nCold (CACHE_DISABLED: every request renders from the database):");
  console.info(line(r.coldMinimal, ""));
  for (const row of r.cold) {
    const statements = r.statementsPerPage.get(row.name);
    console.info(line(row, `p50 ${fixed(row.p50One / r.coldMinimal.p50One, 2)}× the minimal page (budget ≤ 3×)${statements === undefined ? "" : `, ${statements} statements`}`));
  }

  console.info(`\nFirst-load JavaScript (gzip), the bare Next page ${fixed(r.bareJs.kB)} kB, with one next/link ${fixed(r.bareLinkJs.kB)} kB:`);
  for (const p of r.js) console.info(`${p.name.padEnd(48)} ${pad(fixed(p.kB), 6)} kB in ${pad(p.files, 2)} files, ${p.kB - r.bareJs.kB >= 0 ? "+" : ""}${fixed(p.kB - r.bareJs.kB)} kB (budget ≤ +5 kB but the map)`);

  if (!r.lighthouse) console.info("\nLighthouse: no Chromium found (CHROME_PATH, PLAYWRIGHT_CHROMIUM_PATH or /usr/bin/chromium); skipped.");
  else {
    const bare = r.lighthouse[0];
    console.info(`\nLighthouse mobile, performance (median of ${LIGHTHOUSE_RUNS}):`);
    for (const l of r.lighthouse) {
      const gap = bare && l !== bare ? `, ${l.score - bare.score >= 0 ? "+" : ""}${l.score - bare.score} against the bare page (budget within ${l.name === "map" ? 15 : 3})` : "";
      console.info(`${l.name.padEnd(48)} score ${pad(l.score, 3)}  TBT ${pad(l.totalBlockingTimeMs, 5)} ms  LCP ${pad(l.largestContentfulPaintMs, 5)} ms${gap}`);
    }
  }
}

function summary(r: Row) {
  return {
    name: r.name,
    path: r.path,
    status: r.status,
    bytes: r.bytes,
    oneConnection: { p50Ms: round(r.p50One), p99Ms: round(r.p99One) },
    load: { perSecond: round(r.load.perSecond), p50Ms: round(r.load.p50), p99Ms: round(r.load.p99), errors: r.load.errors, failures: r.load.failures },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
