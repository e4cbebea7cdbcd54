import { lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { idempotencyKeys, sessions } from "@/db/schema";
import { LOGIN_LIMITS, SESSION_IDLE_MS } from "./auth";
import { pruneRateLimits, READ_LIMITS } from "./rate-limit";

/** Housekeeping run at start-up and hourly (instrumentation.ts): what no longer means anything goes. */

/** Ended sessions (expired, revoked or idle) stay this long for the record, then go. */
export const SESSION_PRUNE_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/** Deletes sessions that ended more than the grace period ago; returns how many went. */
export async function pruneSessions(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - SESSION_PRUNE_GRACE_MS);
  const gone = await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, before),
        lt(sessions.revokedAt, before),
        // Idle past its end but never looked at again, so never marked revoked.
        lt(sessions.lastSeenAt, new Date(before.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .returning({ id: sessions.id });
  return gone.length;
}

/**
 * The longest any rate-limit row stays meaningful: sign-in backoff forgets after a day,
 * every fixed window is shorter. Public-read counters (one row per address and read)
 * go after sixty of their windows (an hour), as they are the many.
 */
const RATE_LIMIT_ROW_LIFETIME_MS = LOGIN_LIMITS.pair.forgetAfterMs;
const READ_COUNTER_LIFETIME_MS = 60 * Math.max(...Object.values(READ_LIMITS).map((l) => l.windowMs));

/**
 * How long a client may retry a change with the same Idempotency-Key and get the first
 * answer back; after that the key is forgotten (a day, as payment APIs promise).
 */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Deletes idempotency keys older than their lifetime; returns how many went. */
export async function pruneIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const gone = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS)))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}

/** Deletes sessions, rate-limit rows and idempotency keys that no longer mean anything. */
export async function pruneExpired(db: Db, now = new Date()) {
  const sessionsGone = await pruneSessions(db, now);
  const readCountersGone = await pruneRateLimits(db, new Date(now.getTime() - READ_COUNTER_LIFETIME_MS), "read:");
  const limitsGone = await pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_ROW_LIFETIME_MS));
  const keysGone = await pruneIdempotencyKeys(db, now);
  return { sessions: sessionsGone, rateLimits: readCountersGone + limitsGone, idempotencyKeys: keysGone };
}
