import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { backoff, backoffWaitMs, hit, pruneRateLimits, refundHit } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const policy = { free: 3, baseMs: 1000, maxMs: 8000, forgetAfterMs: 60_000 };

describe("backoffWaitMs", () => {
  it("owes nothing for the free attempts, then doubles up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100, 10_000].map((n) => backoffWaitMs(n, policy))).toEqual([
      0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000, 8000,
    ]);
  });
});

describe("backoff", () => {
  it("lets the free attempts through, then only after each wait, and starts over when left alone", async () => {
    const t0 = Date.parse("2030-01-01T00:00:00Z");
    const at = (ms: number) => backoff(t.db, "test:backoff", policy, new Date(t0 + ms));
    for (let i = 0; i < 3; i++) expect(await at(0)).toEqual({ allowed: true, attempts: i + 1, retryAfterSeconds: 0 });
    expect(await at(0)).toEqual({ allowed: false, attempts: 3, retryAfterSeconds: 1 });
    expect(await at(999)).toMatchObject({ allowed: false });
    expect(await at(1000)).toEqual({ allowed: true, attempts: 4, retryAfterSeconds: 0 });
    expect(await at(1500)).toEqual({ allowed: false, attempts: 4, retryAfterSeconds: 2 });
    expect(await at(3000)).toMatchObject({ allowed: true, attempts: 5 });
    expect(await at(3000 + 60_000)).toEqual({ allowed: true, attempts: 1, retryAfterSeconds: 0 });
  });

  it("admits exactly the free attempts when 40 arrive at once", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 40 }, () => backoff(t.db, "test:burst", policy, now)));
    console.info(`40 simultaneous attempts under backoff: ${results.filter((r) => r.allowed).length} allowed`);
    expect(results.filter((r) => r.allowed).length).toBe(policy.free);
  });
});

describe("hit and refundHit", () => {
  it("count atomically under a burst, and give one back", async () => {
    const now = new Date();
    const limit = { max: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 40 }, () => hit(t.db, "test:hits", limit, now)));
    expect(results.filter((r) => r.allowed).length).toBe(5);
    await refundHit(t.db, "test:hits");
    const [row] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, "test:hits"));
    expect(row?.count).toBe(39);
  });
});

describe("pruneRateLimits", () => {
  it("deletes rows older than the cutoff, only under the prefix when one is given", async () => {
    const old = new Date("2020-01-01T00:00:00Z");
    await t.db.insert(rateLimits).values([
      { key: "prune:read:a", count: 1, windowStartedAt: old },
      { key: "prune:read%:b", count: 1, windowStartedAt: old },
      { key: "prune:login:a", count: 1, windowStartedAt: old },
      { key: "prune:read:fresh", count: 1, windowStartedAt: new Date() },
    ]);
    const cutoff = new Date("2021-01-01T00:00:00Z");
    expect(await pruneRateLimits(t.db, cutoff, "prune:read%")).toBe(1); // % is literal, not a wildcard
    expect(await pruneRateLimits(t.db, cutoff, "prune:read:")).toBe(1);
    const left = (await t.db.select({ key: rateLimits.key }).from(rateLimits))
      .map((r) => r.key)
      .filter((k) => k.startsWith("prune:"));
    expect(left.sort()).toEqual(["prune:login:a", "prune:read:fresh"]);
  });
});
