import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, rateLimits, sessions, users } from "@/db/schema";

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. */
// algorithm 2 is Argon2id in @node-rs/argon2's (const enum) Algorithm.
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const SESSION_COOKIE = "wpe_session";
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

/** Sign-in attempts: failures allowed per window, per account and per address. */
export const LOGIN_LIMITS = {
  account: { max: 5, windowMs: 15 * 60 * 1000 },
  ip: { max: 20, windowMs: 15 * 60 * 1000 },
} as const;

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

export async function createSession(db: Db, userId: string, meta: { ip?: string | null; userAgent?: string | null } = {}) {
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
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
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

type Limit = { max: number; windowMs: number };

/** Seconds until a throttled key may try again; 0 when it may try now. */
async function retryAfter(db: Db, key: string, limit: Limit, now: Date): Promise<number> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) return 0;
  const endsAt = row.windowStartedAt.getTime() + limit.windowMs;
  if (endsAt <= now.getTime() || row.count < limit.max) return 0;
  return Math.ceil((endsAt - now.getTime()) / 1000);
}

async function countFailure(db: Db, key: string, limit: Limit, now: Date) {
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz`;
  await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
    });
}

export type LoginResult =
  | { ok: true; user: SessionUser; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** A hash to verify against when the email is unknown, so both cases take as long. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks credentials under throttling (per account and per address), records the
 * attempt in the audit log, and opens a new session on success (a fresh token at every
 * sign-in). Unknown emails and wrong passwords get the same answer.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  now = new Date(),
): Promise<LoginResult> {
  const accountKey = `login:account:${input.email}`;
  const ipKey = `login:ip:${input.ip}`;
  const wait = Math.max(
    await retryAfter(db, accountKey, LOGIN_LIMITS.account, now),
    await retryAfter(db, ipKey, LOGIN_LIMITS.ip, now),
  );
  if (wait > 0) {
    await db.insert(auditLog).values({ action: "login_throttled", detail: { email: input.email }, ip: input.ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await (decoyHash ??= hashPassword(randomBytes(16).toString("hex"))), input.password);
  if (!user || !valid || user.disabledAt) {
    await countFailure(db, accountKey, LOGIN_LIMITS.account, now);
    await countFailure(db, ipKey, LOGIN_LIMITS.ip, now);
    await db.insert(auditLog).values({ userId: user?.id ?? null, action: "login_failed", detail: { email: input.email }, ip: input.ip });
    return { ok: false, reason: "invalid" };
  }
  await db.delete(rateLimits).where(eq(rateLimits.key, accountKey));
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
