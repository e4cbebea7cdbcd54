import { and, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, rateLimits } from "@/db/schema";
import { CLIENT_IP_HEADER } from "../client-address";
import { createSession, LOGIN_LIMITS, login, verifyPassword } from "../services/auth";
import { backoffWaitMs } from "../services/rate-limit";
import { seededDatabaseForFile, signedIn } from "../testing";
import { handleTrpcRequest } from "../trpc-http";

/**
 * Promise 9: sign-in resists brute force. Each figure is printed; the assertions are
 * about behaviour (who gets through, how many guesses), never about timings.
 */
const db = seededDatabaseForFile();
const password = "correct horse battery staple";

/**
 * A password check that counts its calls: a refused attempt must not reach it. `cheap`
 * compares with the known password instead of hashing, for the tests that make
 * a thousand attempts (throttling comes before the check either way).
 */
function countingVerify(cheap = false) {
  const counter = {
    calls: 0,
    verify: (hash: string, guess: string) => {
      counter.calls++;
      return cheap ? Promise.resolve(guess === password) : verifyPassword(hash, guess);
    },
  };
  return counter;
}

/** The real tRPC endpoint (CSRF and batch checks, router, responseMeta) on this file's database. */
function handle(req: Request) {
  return handleTrpcRequest(req, (resHeaders) => ({ getDb: async () => db().db, headers: req.headers, resHeaders }));
}

function loginRequest(path: string, body: unknown, ip: string) {
  return new Request(`http://wpe.test/api/trpc/${path}`, {
    method: "POST",
    headers: {
      origin: "http://wpe.test",
      host: "wpe.test",
      "content-type": "application/json",
      [CLIENT_IP_HEADER]: ip,
    },
    body: JSON.stringify(body),
  });
}

/** How many attempts the pair backoff lets through in `elapsedMs`: the free ones, then one per wait served. */
function allowedWithin(elapsedMs: number): number {
  let allowed = LOGIN_LIMITS.pair.free;
  for (let waited = 0; (waited += backoffWaitMs(allowed, LOGIN_LIMITS.pair)) <= elapsedMs;) allowed++;
  return allowed;
}

async function failures(email: string) {
  return (
    await db()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "login_failed"), sql`${auditLog.detail}->>'email' = ${email}`))
  ).length;
}

describe("Promise 9: brute force on sign-in", () => {
  it("answers 50 wrong passwords in a minute with 429 and Retry-After after the limit; the right one works once the wait is over", async () => {
    const editor = await signedIn(db().db, "editor");
    const ip = "203.0.113.50";
    const start = Date.now();
    const counter = countingVerify();
    const outcomes: string[] = [];
    let lastWait = 0;
    for (let i = 0; i < 50; i++) {
      const now = new Date(start + i * 1200); // 50 tries spread over one minute
      const result = await login(
        db().db,
        { email: editor.email, password: `guess ${i}`, ip },
        { now, verify: counter.verify },
      );
      outcomes.push(result.ok ? "ok" : result.reason);
      if (!result.ok && result.reason === "throttled") lastWait = result.retryAfterSeconds;
    }
    const admitted = outcomes.filter((o) => o === "invalid").length;
    const refused = outcomes.filter((o) => o === "throttled").length;
    console.info(
      `50 wrong passwords in 60 s from one address: ${admitted} checked, ${refused} refused (429), last Retry-After ${lastWait} s, ${counter.calls} password hashes`,
    );
    expect(outcomes.slice(0, LOGIN_LIMITS.pair.free)).toEqual(Array(LOGIN_LIMITS.pair.free).fill("invalid"));
    expect(admitted).toBeLessThanOrEqual(allowedWithin(60_000)); // waits of 1, 2, 4, 8, 16 s fit in a minute, 32 s more do not
    expect(refused).toBe(50 - admitted);
    expect(outcomes.at(-1)).toBe("throttled");
    expect(counter.calls).toBe(admitted); // a refused attempt costs no hash

    // Over HTTP the same refusal is a 429 with Retry-After, and says when in words.
    const res = await handle(loginRequest("auth.login", { json: { email: editor.email, password } }, ip));
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { json: { message: string; data: { retryAfterSeconds: number } } } };
    expect(body.error.json.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ s\.$/);
    expect(body.error.json.data.retryAfterSeconds).toBe(retryAfter);
    console.info(`over HTTP: ${res.status}, Retry-After ${retryAfter} s`);

    // Once the wait is over, the right password works (the clock is injected, nothing sleeps).
    const after = new Date(start + 49 * 1200 + retryAfter * 1000 + 1000);
    const ok = await login(db().db, { email: editor.email, password, ip }, { now: after, verify: counter.verify });
    expect(ok).toMatchObject({ ok: true, user: { email: editor.email } });
    // …and clears the backoff: the next mistake is free again.
    const next = await login(db().db, { email: editor.email, password: "typo", ip }, { now: after });
    expect(next).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not lock the real user out: an attacker's failures, from one address or many, leave the owner's own address working", async () => {
    const editor = await signedIn(db().db, "editor");
    const ownAddress = "198.51.100.77";
    // The owner has signed in from home before.
    await createSession(db().db, editor.id, { ip: ownAddress });
    const now = new Date();
    const counter = countingVerify(true);

    // One attacker, hammering.
    for (let i = 0; i < 100; i++)
      await login(
        db().db,
        { email: editor.email, password: `guess ${i}`, ip: "203.0.113.66" },
        { now, verify: counter.verify },
      );
    const single = counter.calls;

    // Then a botnet: 60 addresses, 5 guesses each, all at once.
    for (let bot = 0; bot < 60; bot++) {
      for (let i = 0; i < 5; i++)
        await login(
          db().db,
          { email: editor.email, password: `bot ${bot}-${i}`, ip: `192.0.2.${bot}` },
          { now, verify: counter.verify },
        );
    }
    const guesses = counter.calls;
    console.info(
      `100 tries from one address: ${single} checked; then 300 tries from 60 addresses: ${guesses - single} checked (account ceiling ${LOGIN_LIMITS.account.max} per ${LOGIN_LIMITS.account.windowMs / 60_000} min)`,
    );
    expect(single).toBe(LOGIN_LIMITS.pair.free);
    expect(guesses).toBeLessThanOrEqual(LOGIN_LIMITS.account.max);

    // The owner, from their own address, at the height of the attack: in.
    const owner = await login(
      db().db,
      { email: editor.email, password, ip: ownAddress },
      { now, verify: counter.verify },
    );
    expect(owner).toMatchObject({ ok: true });
    // A stranger's address is slowed with the rest (this is the price of the ceiling)...
    const stranger = await login(
      db().db,
      { email: editor.email, password, ip: "198.51.100.200" },
      { now, verify: counter.verify },
    );
    expect(stranger).toMatchObject({ ok: false, reason: "throttled" });
    // ...until the account's window is over.
    const later = new Date(now.getTime() + LOGIN_LIMITS.account.windowMs + 1000);
    expect(await login(db().db, { email: editor.email, password, ip: "198.51.100.200" }, { now: later })).toMatchObject(
      { ok: true },
    );
  });

  it("gives 40 sign-in calls batched in one POST no guess at all, and 40 parallel POSTs no more than the backoff allows", async () => {
    const editor = await signedIn(db().db, "editor");
    const ip = "203.0.113.40";
    const batch = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [String(i), { json: { email: editor.email, password: `guess ${i}` } }]),
    );
    const res = await handle(loginRequest(`${Array(40).fill("auth.login").join(",")}?batch=1`, batch, ip));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/at most 10 calls/);
    // Within the size cap, a sign-in still may not share a batch.
    const small = await handle(loginRequest("auth.login,auth.login?batch=1", { 0: batch["0"], 1: batch["1"] }, ip));
    expect(small.status).toBe(400);
    expect(((await small.json()) as { error: { message: string } }).error.message).toBe(
      "Refused: auth.login must be sent on its own, not in a batch.",
    );
    expect(await failures(editor.email)).toBe(0);

    // Forty separate requests at once: the count is taken before the hash, atomically.
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        handle(loginRequest("auth.login", { json: { email: editor.email, password: `parallel ${i}` } }, ip)),
      ),
    );
    const elapsed = Date.now() - started;
    const statuses = answers.map((a) => a.status);
    const guesses = await failures(editor.email);
    const allowed = allowedWithin(elapsed);
    console.info(
      `40 batched sign-ins: 1 answer (400), 0 guesses; 40 parallel POSTs in ${elapsed} ms: ${statuses.filter((s) => s === 401).length}×401, ${statuses.filter((s) => s === 429).length}×429, ${guesses} guesses (allowed ${allowed})`,
    );
    expect(guesses).toBeLessThanOrEqual(allowed);
    expect(statuses.filter((s) => s === 401).length).toBe(guesses);
    expect(statuses.filter((s) => s === 429).length).toBe(40 - guesses);
    for (const a of answers.filter((x) => x.status === 429))
      expect(Number(a.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("counts an IPv6 attacker by the /64, however many addresses it uses inside it", async () => {
    const editor = await signedIn(db().db, "editor");
    const now = new Date();
    const counter = countingVerify(true);
    for (let i = 0; i < 30; i++)
      await login(
        db().db,
        { email: editor.email, password: `guess ${i}`, ip: `2001:db8:77:1::${(i + 1).toString(16)}` },
        { now, verify: counter.verify },
      );
    console.info(`30 tries from 30 addresses in one IPv6 /64: ${counter.calls} checked`);
    expect(counter.calls).toBe(LOGIN_LIMITS.pair.free);
    const rows = await db().db.select().from(rateLimits).where(like(rateLimits.key, "login:pair:2001:db8:77:1::/64:%"));
    expect(rows).toHaveLength(1);
  });
});
