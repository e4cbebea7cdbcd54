import { like } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { actors } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createSession, createUser, SESSION_COOKIE } from "@/server/services/auth";
import { startAppServer, type AppServer } from "./app-server";
import { createCluster, type Cluster } from "./cluster";

/**
 * PostgreSQL restarts under a steady write load against the production server. The test
 * owns a throwaway cluster, so it can stop it. Writers create actors with an
 * Idempotency-Key and retry the same request until it is acknowledged, as a careful client
 * would; readers load a page and an API query.
 */
const WRITERS = 6;
const OUTAGE_MS = 3_000;
const CASE = "2021-syria-border-strikes";

interface Answer {
  who: string;
  sentAt: number;
  answeredAt: number;
  status: number;
  retryAfter: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: Cluster;
let server: AppServer;
let cookie: string;
const serverLog: string[] = [];

beforeAll(async () => {
  cluster = await createCluster();
  const admin = postgres(cluster.url(), { max: 1, onnotice: () => {} });
  await admin.unsafe("create database wpe");
  await admin.end();
  const connection = openDatabase({ driver: "postgres", url: cluster.url("wpe"), poolMax: 2 });
  await connection.migrate();
  await seedDatabase(connection.db);
  const user = await createUser(connection.db, {
    email: "fault-writer@example.org",
    name: "Fault Writer",
    password: "correct horse battery staple",
    role: "editor",
  });
  const { token } = await createSession(connection.db, user!.id);
  cookie = `${SESSION_COOKIE}=${encodeURIComponent(token)}`;
  await connection.close();
  server = await startAppServer({ DATABASE_URL: cluster.url("wpe"), DB_POOL_MAX: "8" }, (line) => serverLog.push(line));
});

afterAll(async () => {
  await server?.stop();
  cluster?.destroy();
});

describe("a PostgreSQL restart under write load", () => {
  it("answers 503 with Retry-After throughout the outage, recovers by itself, and keeps every acknowledged write exactly once", async () => {
    const answers: Answer[] = [];
    const acknowledged: string[] = [];
    let writing = true;

    async function ask(who: string, path: string, init: RequestInit = {}): Promise<Response | null> {
      const sentAt = performance.now();
      const response = await fetch(`${server.origin}${path}`, init).catch(() => null);
      await response?.arrayBuffer();
      answers.push({
        who,
        sentAt,
        answeredAt: performance.now(),
        status: response?.status ?? 0,
        retryAfter: response?.headers.get("retry-after") ?? null,
      });
      return response;
    }

    const writer = async (w: number) => {
      for (let n = 0; writing; n++) {
        const name = `Fault writer ${w}.${n}`;
        const init: RequestInit = {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: server.origin,
            cookie,
            "idempotency-key": `fault-${w}-${n}`,
          },
          body: JSON.stringify({ json: { type: "actor", values: { name, kind: "person" } } }),
        };
        // The same request, key and all, until it is acknowledged: a retry must not apply twice.
        while ((await ask("writer", "/api/trpc/curation.create", init))?.status !== 200) await sleep(50);
        acknowledged.push(name);
      }
    };
    const reader = async () => {
      while (writing) {
        await ask("page", `/cases/${CASE}`);
        await ask("api", "/api/trpc/case.list");
        await sleep(20);
      }
    };
    const load = [...Array.from({ length: WRITERS }, (_, w) => writer(w)), reader()];

    const until = async (what: string, limitMs: number, check: () => boolean) => {
      for (const deadline = Date.now() + limitMs; !check(); await sleep(20))
        if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
    };
    await until("a steady write load", 60_000, () => acknowledged.length >= 30);

    const downAt = performance.now();
    cluster.stop();
    const stoppedAt = performance.now();
    await sleep(OUTAGE_MS); // the outage itself: the database stays down this long
    cluster.start();
    const upAt = performance.now();
    await until("a write after the restart", 30_000, () =>
      answers.some((a) => a.sentAt >= upAt && a.who === "writer" && a.status === 200),
    );
    const ackedBeforeOutage = acknowledged.length;
    await until("writes after recovery", 30_000, () => acknowledged.length >= ackedBeforeOutage + 20);
    writing = false;
    await Promise.all(load);

    const firstOk = Math.min(...answers.filter((a) => a.sentAt >= upAt && a.status === 200).map((a) => a.answeredAt));
    const recoveryMs = firstOk - upAt;
    const duringOutage = answers.filter((a) => a.sentAt >= stoppedAt && a.answeredAt <= upAt);
    const servedFromCache = duringOutage.filter((a) => a.status === 200).map((a) => a.who);
    const firstHit = answers
      .filter((a) => a.sentAt >= downAt && a.status !== 200)
      .sort((a, b) => a.sentAt - b.sentAt)[0];
    // The moment PostgreSQL shuts down or comes back is where a page mid-render used to be
    // answered 500 (docs/reliability.md). Those are named; like any answer other than 200
    // or 503 with Retry-After, at any time, they fail the test.
    const atTransition = (a: Answer) => (a.sentAt >= downAt && a.sentAt < stoppedAt) || a.sentAt >= upAt;
    const transitionErrors = answers.filter((a) => a.status === 500 && atTransition(a));
    const unexpected = answers.filter((a) => !(a.status === 200 || (a.status === 503 && a.retryAfter)));
    console.info(
      `[db-faults] answered 500 while the database stopped or started: ${transitionErrors.map((a) => a.who).join(", ") || "none"}`,
    );
    const byStatus = Object.entries(Object.groupBy(answers, (a) => String(a.status))).map(
      ([s, list]) => `${s}×${list!.length}`,
    );
    console.info(
      `[db-faults] ${answers.length} answers (${byStatus.join(", ")}); ${duringOutage.length} during the ${OUTAGE_MS} ms outage, all 503: ` +
        `${duringOutage.every((a) => a.status === 503 && a.retryAfter)}; first to meet the outage: ${firstHit?.who} ${firstHit?.status}; ` +
        `served from the cache before the outage was noticed: ${servedFromCache.join(", ") || "none"}; ` +
        `recovered ${recoveryMs.toFixed(0)} ms after the database was back; ${acknowledged.length} writes acknowledged`,
    );

    if (recoveryMs >= 1_000) {
      console.info(`[db-faults] recovery missed the 1 s target: ${recoveryMs.toFixed(0)} ms`);
      // For diagnosis: what each client saw after the restart, 250 ms at a time, and what the server said.
      const after = answers
        .filter((a) => a.sentAt >= upAt)
        .map((a) => `${Math.floor((a.answeredAt - upAt) / 250) * 250}ms ${a.who} ${a.status}`);
      console.info(`[db-faults] after the restart: ${[...new Set(after)].slice(0, 60).join(", ")}`);
      console.info(`[db-faults] server log tail:\n${serverLog.slice(-40).join("\n")}`);
    }
    expect(unexpected.map((a) => `${a.who} ${a.status}`)).toEqual([]);
    expect(duringOutage.length).toBeGreaterThan(0);
    // A write needs the database: every one sent while it is down is refused with 503.
    for (const a of duringOutage.filter((x) => x.who === "writer"))
      expect(a).toMatchObject({ status: 503, retryAfter: expect.any(String) });
    // A published page or read stored in the cache needs no database, so until a request has met
    // the outage it may still be served (200). From that moment on, the app answers 503 to all.
    const noticedAt = Math.min(...duringOutage.filter((x) => x.status === 503).map((x) => x.answeredAt));
    for (const a of duringOutage.filter((x) => x.sentAt >= noticedAt))
      expect(a).toMatchObject({ status: 503, retryAfter: expect.any(String) });
    // The target is a second (docs/reliability.md records each run's figure; runs take 150-300 ms).
    // A timed bound that tight would fail on a busy machine for reasons that are not the app's, so
    // the figure is printed and the assertion holds the app to recovering by itself, without a restart.
    expect(recoveryMs).toBeLessThan(20_000);

    const check = openDatabase({ driver: "postgres", url: cluster.url("wpe"), poolMax: 1 });
    try {
      const rows = await check.db.select({ name: actors.name }).from(actors).where(like(actors.name, "Fault writer %"));
      const names = rows.map((r) => r.name).sort();
      expect(names).toEqual([...acknowledged].sort()); // each acknowledged write once, nothing else
    } finally {
      await check.close();
    }
  });
});
