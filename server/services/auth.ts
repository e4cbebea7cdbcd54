import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, sessions, users } from "@/db/schema";
import { limitSubject } from "../client-address";
import { backoff, type BackoffPolicy, hit, type Limit, refundHit, resetLimit } from "./rate-limit";

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. */
// algorithm 2 is Argon2id in @node-rs/argon2's (const enum) Algorithm.
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export { SESSION_COOKIE } from "../http";
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Sign-in throttling (docs/security.md, "Sign-in throttling"). Every attempt is counted
 * before the password is checked, so neither a batch nor parallel requests get extra
 * guesses, and a refused attempt costs no hash.
 */
export const LOGIN_LIMITS = {
  /** One account from one address: 5 tries, then waits doubling from 1 s up to 15 min. */
  pair: { free: 5, baseMs: 1000, maxMs: 15 * 60 * 1000, forgetAfterMs: 24 * 60 * 60 * 1000 },
  /** One address across accounts (password spraying): looser, a fixed window. */
  ip: { max: 30, windowMs: 15 * 60 * 1000 },
  /**
   * One account from all addresses (a botnet). Past it only addresses the account signed
   * in from lately still get through, so an attack slows guessing without locking the
   * owner out.
   */
  account: { max: 50, windowMs: 15 * 60 * 1000 },
  /** How long a successful sign-in makes its address known to the account. */
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
} as const satisfies { pair: BackoffPolicy; ip: Limit; account: Limit; knownAddressMs: number };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "editor" | "admin";
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_MS);
  await db.insert(sessions).values({
    id: sha256(token),
    userId,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/**
 * The user behind a session token, or null when the token is unknown, revoked, past its
 * absolute end, idle too long, or its user is disabled. Activity extends the idle window.
 */
export async function validateSession(
  db: Db,
  token: string | undefined | null,
  now = new Date(),
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!token || token.length > 100) return null;
  const id = sha256(token);
  const [row] = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row || row.revokedAt || row.disabledAt || row.expiresAt <= now) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    return null;
  }
  if (idle > 60_000) await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  return { user: { id: row.userId, email: row.email, name: row.name, role: row.role }, sessionId: id };
}

export async function revokeSession(db: Db, sessionId: string) {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user; returns how many were open. */
export async function revokeUserSessions(db: Db, userId: string): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}

export type LoginResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** A hash to verify against when the email is unknown, so both cases take as long. */
let decoyHash: Promise<string> | undefined;

export interface LoginOptions {
  now?: Date;
  /** The password check; tests count its calls to prove a refused attempt costs no hash. */
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
}

/** Whether the account signed in from this address (its /64 for IPv6) lately. */
async function isKnownAddress(db: Db, email: string, subject: string, now: Date): Promise<boolean> {
  const recent = await db
    .select({ ip: sessions.ip })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(users.email, email),
        isNotNull(sessions.ip),
        gt(sessions.createdAt, new Date(now.getTime() - LOGIN_LIMITS.knownAddressMs)),
      ),
    )
    .orderBy(desc(sessions.createdAt))
    .limit(50);
  return recent.some((r) => r.ip !== null && limitSubject(r.ip) === subject);
}

const loginKeys = (email: string, subject: string) => ({
  pair: `login:pair:${subject}:${email}`,
  ip: `login:ip:${subject}`,
  account: `login:account:${email}`,
});

/**
 * Claims one attempt under the three limits; returns the wait when refused. The address
 * comes first: one row per address, so a flood of made-up emails stops there instead of
 * writing a row per email. The account counter only counts attempts the other two
 * allowed, so an attacker's refused tries do not fill the account's budget.
 */
async function claimAttempt(db: Db, email: string, ip: string, now: Date): Promise<number> {
  const subject = limitSubject(ip);
  const keys = loginKeys(email, subject);
  const address = await hit(db, keys.ip, LOGIN_LIMITS.ip, now);
  if (!address.allowed) {
    if (address.count === LOGIN_LIMITS.ip.max + 1) await audit(db, "login_throttled", email, ip, "address");
    return address.retryAfterSeconds;
  }
  const pair = await backoff(db, keys.pair, LOGIN_LIMITS.pair, now);
  if (!pair.allowed) return pair.retryAfterSeconds;
  if (pair.attempts === LOGIN_LIMITS.pair.free) await audit(db, "login_throttled", email, ip, "pair");
  const account = await hit(db, keys.account, LOGIN_LIMITS.account, now);
  if (!account.allowed && !(await isKnownAddress(db, email, subject, now))) {
    if (account.count === LOGIN_LIMITS.account.max + 1) await audit(db, "login_throttled", email, ip, "account");
    return account.retryAfterSeconds;
  }
  return 0;
}

/** Throttling is recorded once per limit crossed, not per refusal: a flood must not flood the log. */
function audit(db: Db, action: string, email: string, ip: string, limit: string) {
  return db.insert(auditLog).values({ action, detail: { email, limit }, ip });
}

/**
 * Checks credentials under throttling (per account and address pair, per address, per
 * account), records the attempt in the audit log, and opens a new session on success (a
 * fresh token at every sign-in). Unknown emails and wrong passwords get the same answer.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  { now = new Date(), verify = verifyPassword }: LoginOptions = {},
): Promise<LoginResult> {
  const wait = await claimAttempt(db, input.email, input.ip, now);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const valid = user
    ? await verify(user.passwordHash, input.password)
    : await verify(await (decoyHash ??= hashPassword(randomBytes(16).toString("hex"))), input.password);
  if (!user || !valid || user.disabledAt) {
    await db
      .insert(auditLog)
      .values({ userId: user?.id ?? null, action: "login_failed", detail: { email: input.email }, ip: input.ip });
    return { ok: false, reason: "invalid" };
  }
  // A good sign-in clears its own backoff and gives back what it took from the shared budgets.
  const keys = loginKeys(input.email, limitSubject(input.ip));
  await resetLimit(db, keys.pair);
  await refundHit(db, keys.ip);
  await refundHit(db, keys.account);
  const session = await createSession(db, user.id, { ip: input.ip, userAgent: input.userAgent });
  await db.insert(auditLog).values({ userId: user.id, action: "login", ip: input.ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role }, ...session };
}

/** Creates an account, or returns null when the email is taken. */
export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string; role: "editor" | "admin" },
  actorId: string | null = null,
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, role: input.role })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    if (!created) return null;
    await tx.insert(auditLog).values({
      userId: actorId,
      action: "user_created",
      entityType: "user",
      entityId: created.id,
      detail: { email: created.email, role: created.role },
    });
    return created;
  });
}
