import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./app-server";
import { describeLoad, runLoad, type Request } from "./load";

/**
 * 50 connections for 60 s on public pages and the API against the production server
 * (embedded PGlite, as `npm start` runs out of the box). Beside it, the same load on a
 * static file the server sends without rendering: the baseline the app's cost is read
 * against. Memory is sampled all along; a leak shows as growth after warm-up.
 */
const CONNECTIONS = 50;
const DURATION_MS = 60_000;
const CASE = "2021-syria-border-strikes";
const input = (value: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: value }))}`;
const MIX: Request[] = [
  { path: "/" },
  { path: `/cases/${CASE}` },
  { path: `/cases/${CASE}/timeline` },
  { path: "/sources" },
  { path: "/api/trpc/case.list" },
  { path: `/api/trpc/case.bySlug${input({ slug: CASE })}` },
];

const dir = mkdtempSync(path.join(tmpdir(), "wpe-load-"));
let server: AppServer;
beforeAll(async () => {
  server = await startAppServer({ PGLITE_DIR: path.join(dir, "pglite") });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`${CONNECTIONS} connections for ${DURATION_MS / 1000} s`, () => {
  it("serves public pages and the API without a single error, in flat memory", async () => {
    const home = await (await fetch(`${server.origin}/`)).text();
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec(home)?.[0];
    expect(asset).toBeDefined();

    const mix = (client: number, n: number) => MIX[(client + n) % MIX.length]!;
    const warmUp = await runLoad(server.origin, CONNECTIONS, 10_000, mix);
    const baseline = await runLoad(server.origin, CONNECTIONS, 10_000, () => ({ path: asset! }));
    const warmRss = server.rssMiB();

    const samples: number[] = [warmRss];
    const sampler = setInterval(() => samples.push(server.rssMiB()), 3_000);
    const app = await runLoad(server.origin, CONNECTIONS, DURATION_MS, mix).finally(() => clearInterval(sampler));
    const endRss = server.rssMiB();
    samples.push(endRss);

    console.info(`[load] warm-up: ${describeLoad(warmUp)}`);
    console.info(`[load] baseline (static ${asset}): ${describeLoad(baseline)}`);
    console.info(`[load] pages + API: ${describeLoad(app)}`);
    console.info(
      `[load] app vs baseline: ${(baseline.perSecond / app.perSecond).toFixed(1)}× fewer requests/s, p50 ${(app.p50 / baseline.p50).toFixed(1)}× slower; ` +
        `server RSS after warm-up ${warmRss.toFixed(0)} MiB, peak ${Math.max(...samples).toFixed(0)} MiB, end ${endRss.toFixed(0)} MiB`,
    );
    if (app.failures.length) console.info(`[load] failures: ${app.failures.join(" | ")}`);

    expect(warmUp.errors + baseline.errors + app.errors).toBe(0);
    expect(app.requests).toBeGreaterThan(0);
    expect(endRss).toBeLessThan(2 * warmRss);
  });
});
