import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys, rateLimits, sessions } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createSession, createUser, SESSION_IDLE_MS } from "./auth";
import { IDEMPOTENCY_KEY_LIFETIME_MS, pruneExpired, pruneSessions, SESSION_PRUNE_GRACE_MS } from "./prune";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const DAY = 24 * 60 * 60 * 1000;

describe("pruning", () => {
  it("deletes sessions that ended (expired, revoked or idle) longer ago than the grace period, and keeps the rest", async () => {
    const user = await createUser(t.db, {
      email: "prune@example.org",
      name: "Prune",
      password: "a long enough password",
      role: "editor",
    });
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const grace = SESSION_PRUNE_GRACE_MS;
    /** A new session, then moved into the state under test. */
    const open = async (values: Partial<typeof sessions.$inferInsert>) => {
      const { token } = await createSession(t.db, user!.id);
      const id = createHash("sha256").update(token).digest("hex");
      await t.db.update(sessions).set(values).where(eq(sessions.id, id));
      return id;
    };
    const expiredLongAgo = await open({ expiresAt: ago(grace + DAY), revokedAt: null });
    const revokedLongAgo = await open({ revokedAt: ago(grace + DAY) });
    const idleLongAgo = await open({ lastSeenAt: ago(grace + SESSION_IDLE_MS + DAY) });
    const revokedYesterday = await open({ revokedAt: ago(DAY) });
    const expiredYesterday = await open({ expiresAt: ago(DAY) });
    const live = await open({ lastSeenAt: now });
    const all = [expiredLongAgo, revokedLongAgo, idleLongAgo, revokedYesterday, expiredYesterday, live];
    expect(new Set(all).size).toBe(6);

    expect(await pruneSessions(t.db, now)).toBe(3);
    const left = (await t.db.select({ id: sessions.id }).from(sessions).where(inArray(sessions.id, all))).map(
      (r) => r.id,
    );
    expect(left.sort()).toEqual([revokedYesterday, expiredYesterday, live].sort());
  });

  it("deletes rate-limit rows whose window ended: public-read counters after an hour, the rest after a day", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await t.db.insert(rateLimits).values([
      { key: "read:search:203.0.113.1", count: 5, windowStartedAt: ago(2 * 60 * 60 * 1000) },
      { key: "read:search:203.0.113.2", count: 5, windowStartedAt: ago(30 * 1000) },
      { key: "login:pair:203.0.113.1:a@example.org", count: 9, windowStartedAt: ago(2 * 60 * 60 * 1000) },
      { key: "login:account:a@example.org", count: 9, windowStartedAt: ago(2 * DAY) },
    ]);
    expect(await pruneExpired(t.db, now)).toEqual({ sessions: 0, rateLimits: 2, idempotencyKeys: 0 });
    const left = (await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(left.sort()).toEqual(["login:pair:203.0.113.1:a@example.org", "read:search:203.0.113.2"]);
  });

  it("forgets idempotency keys once their retry window has passed, and keeps recent ones", async () => {
    const user = await createUser(t.db, {
      email: "prune-keys@example.org",
      name: "Keys",
      password: "a long enough password",
      role: "editor",
    });
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const row = (key: string, createdAt: Date) => ({
      userId: user!.id,
      key,
      requestHash: "h",
      response: {},
      createdAt,
    });
    await t.db
      .insert(idempotencyKeys)
      .values([row("old", ago(IDEMPOTENCY_KEY_LIFETIME_MS + 60_000)), row("recent", ago(60_000))]);
    expect(await pruneExpired(t.db, now)).toMatchObject({ idempotencyKeys: 1 });
    const left = (await t.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys)).map((r) => r.key);
    expect(left).toEqual(["recent"]);
  });
});
