import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createRedis, type Redis } from "@/server/redis";
import { testRedisUrl } from "@/server/testing";
import { hitReadLimit, READ_LIMITS } from "./rate-limit";
import { hitInRedis, REDIS_PREFIX } from "./redis-counter";

// Against a real Redis: TEST_REDIS_URL (set by .ci/run; `redis://127.0.0.1:6379` with the local server).
const url = testRedisUrl;

describe.skipIf(!url)("read limits in Redis", () => {
  let a: Redis;
  let b: Redis;
  beforeAll(async () => {
    a = createClient({ url }) as Redis;
    b = createClient({ url }) as Redis;
    await Promise.all([a.connect(), b.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  const limit = { max: 3, windowMs: 60_000 };
  const t0 = Date.parse("2030-01-01T00:00:00Z");

  it("counts up to the limit, refuses until the window ends, then starts over", async () => {
    const key = `test:${randomUUID()}`;
    const at = (ms: number) => hitInRedis(a, key, limit, new Date(t0 + ms));
    for (let i = 1; i <= 3; i++) expect(await at(1_000)).toEqual({ count: i, allowed: true, retryAfterSeconds: 0 });
    expect(await at(20_000)).toEqual({ count: 4, allowed: false, retryAfterSeconds: 40 });
    expect(await at(59_999)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await at(60_000)).toEqual({ count: 1, allowed: true, retryAfterSeconds: 0 });
  });

  it("gives every concurrent hit from two instances its own count, so none slips past the limit", async () => {
    const key = `test:${randomUUID()}`;
    const hits = await Promise.all(
      Array.from({ length: 60 }, (_, i) => hitInRedis(i % 2 ? a : b, key, { max: 25, windowMs: 60_000 }, new Date(t0))),
    );
    expect(hits.map((h) => h.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(hits.filter((h) => h.allowed)).toHaveLength(25);
  });

  it("lets a window's key expire a second after the window ends", async () => {
    const key = `test:${randomUUID()}`;
    const now = Date.now();
    await hitInRedis(a, key, { max: 5, windowMs: 10_000 }, new Date(now));
    const window = Math.floor(now / 10_000);
    const expiresAt = await a.pExpireTime(`${REDIS_PREFIX}limit:${key}:${window}`);
    expect(expiresAt).toBe((window + 1) * 10_000 + 1_000);
  });

  it("counts a public read in Redis and never touches the database", async () => {
    const noDatabase = new Proxy(
      {},
      {
        get: () => {
          throw new Error("the database was used");
        },
      },
    ) as Db;
    const subject = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    expect(await hitReadLimit(noDatabase, "download", subject, new Date(t0), a)).toEqual({
      count: 1,
      allowed: true,
      retryAfterSeconds: 0,
    });
    expect(await hitReadLimit(noDatabase, "download", subject, new Date(t0), b)).toMatchObject({ count: 2 });
    expect(READ_LIMITS.download.max).toBeGreaterThan(2);
  });
});

describe("read limits with Redis configured but not answering", () => {
  it("let the read through at once, without waiting for a connection", async () => {
    // A port nothing listens on: the client keeps trying in the background, commands fail at once.
    const down = createRedis("redis://127.0.0.1:1");
    const noDatabase = new Proxy(
      {},
      {
        get: () => {
          throw new Error("the database was used");
        },
      },
    ) as Db;
    const started = performance.now();
    expect(await hitReadLimit(noDatabase, "search", "198.51.100.1", new Date(), down)).toEqual({
      count: 0,
      allowed: true,
      retryAfterSeconds: 0,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    await down.destroy();
  });
});
