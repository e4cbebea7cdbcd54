import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, testServerUrl, type TestDatabase } from "@/db/testing";
import { limitSubject } from "@/server/client-address";
import { READ_LIMITS } from "@/server/services/rate-limit";
import { REDIS_PREFIX } from "@/server/services/redis-counter";
import { createSession, createUser, SESSION_COOKIE } from "@/server/services/auth";
import { testRedisUrl } from "@/server/testing";
import { startAppServer, type AppServer } from "../stress/app-server";

/**
 * Two production servers (`npm start`) on one PostgreSQL database and one Redis, as two
 * machines behind a load balancer would run: what one instance writes, the other serves on
 * its next request, and a limit counted on one is counted on both. They sit behind one
 * trusted proxy hop, so the test names each client's address in X-Forwarded-For.
 */
if (!testServerUrl || !testRedisUrl)
  throw new Error("The cluster test needs TEST_DATABASE_URL and TEST_REDIS_URL (.ci/run sets both).");

let database: TestDatabase;
let a: AppServer;
let b: AppServer;
let cookie: string;
const dir = mkdtempSync(path.join(tmpdir(), "wpe-cluster-"));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.db);
  const admin = await createUser(database.db, {
    email: "cluster-admin@example.org",
    name: "Cluster Admin",
    password: "correct horse battery staple",
    role: "admin",
  });
  cookie = `${SESSION_COOKIE}=${encodeURIComponent((await createSession(database.db, admin!.id)).token)}`;
  const env = {
    DATABASE_URL: database.url!,
    REDIS_URL: testRedisUrl!,
    TRUSTED_PROXY_HOPS: "1",
    DB_POOL_MAX: "4",
    PGLITE_DIR: path.join(dir, "unused"),
  };
  // One after the other: the first start may build the app, and two builds must not race.
  a = await startAppServer(env);
  b = await startAppServer(env);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** A client address of its own for each run: a random /64 of the documentation prefix. */
const address = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;

async function call<T>(server: AppServer, path: string, input: unknown, from: string): Promise<T> {
  const response = await fetch(`${server.origin}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.origin, cookie, "x-forwarded-for": from },
    body: JSON.stringify(superjson.serialize(input)),
  });
  const body = (await response.json()) as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: unknown;
  };
  if (!body.result) throw new Error(`${path} on ${server.origin}: ${response.status} ${JSON.stringify(body.error)}`);
  return superjson.deserialize(body.result.data) as T;
}

describe("two instances on one PostgreSQL and one Redis", () => {
  it("serve on instance B what instance A published, on B's next request", async () => {
    const from = address();
    const id = `cluster-${randomBytes(4).toString("hex")}`;
    const name = `Avery Cluster ${id}`;
    const created = await call<{ id: string; version: number }>(
      a,
      "curation.create",
      { type: "actor", id, values: { name, kind: "person", role: "Witness" } },
      from,
    );
    const page = (server: AppServer) =>
      fetch(`${server.origin}/actors/${id}`, { headers: { "x-forwarded-for": from } });
    expect((await page(b)).status).toBe(404); // a draft: no reader sees it, on either instance
    await call(a, "curation.transition", { type: "actor", id, baseVersion: created.version, to: "published" }, from);
    const served = await page(b);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain(name);
  });

  it("count one client's downloads on both instances against one limit, kept in Redis", async () => {
    const max = READ_LIMITS.download.max;
    // Redis counts in windows aligned to the clock (server/services/redis-counter.ts). A round that
    // straddles a window's end is counted in two windows, rightly; it is run again, from a new
    // address, until one falls within a single window (a round takes seconds; a window, a minute).
    const windowOf = () => Math.floor(Date.now() / READ_LIMITS.download.windowMs);
    let from = "";
    let statuses: number[] = [];
    let refused: Response[] = [];
    for (let round = 0; round < 3; round++) {
      from = address();
      const started = windowOf();
      const download = (server: AppServer) =>
        fetch(`${server.origin}/api/export/cases/2021-syria-border-strikes/csl`, {
          headers: { "x-forwarded-for": from },
        });
      statuses = [];
      for (let i = 0; i < max; i++) {
        const res = await download(i % 2 ? b : a);
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      // Half were counted on each instance; the next is over the limit on either.
      refused = [];
      for (const server of [a, b]) refused.push(await download(server));
      if (windowOf() === started) break;
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    for (const res of refused) {
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    const redis = createClient({ url: testRedisUrl });
    await redis.connect();
    const keys = await redis.keys(`${REDIS_PREFIX}limit:read:download:${limitSubject(from)}:*`);
    expect(keys).toHaveLength(1);
    expect(Number(await redis.get(keys[0]!))).toBe(max + 2);
    await redis.close();
    console.info(
      `[cluster] ${max} downloads split over two instances, then 429 on both; the shared counter in Redis reads ${max + 2}`,
    );
  });
});
