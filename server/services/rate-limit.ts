import { RateLimitedError } from "@/lib/errors";
import { and, eq, like, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { getRedis } from "@/server/redis";
import { hitInRedis } from "./redis-counter";

/** At most `max` hits per fixed window of `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

export interface Hit {
  /** Hits in the current window, this one included. */
  count: number;
  allowed: boolean;
  /** Seconds until the window ends; 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` and says whether it is within the limit. The count is
 * one atomic upsert, so concurrent requests (or a batch of calls in one request) cannot
 * all read "under the limit" before any of them is counted.
 */
export async function hit(db: Db, key: string, limit: Limit, now = new Date()): Promise<Hit> {
  const windowStart = new Date(now.getTime() - limit.windowMs).toISOString();
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt });
  const count = row!.count;
  const allowed = count <= limit.max;
  const endsAt = row!.windowStartedAt.getTime() + limit.windowMs;
  return { count, allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/**
 * Public reads, per address (IPv6 by /64) per minute: generous enough for a classroom of
 * 30 behind one NAT, low enough that one script cannot keep the database busy. Header
 * suggestions fire as people type, so they get more; downloads build whole files, fewer.
 */
export const READ_LIMITS = {
  search: { max: 600, windowMs: 60_000 },
  suggest: { max: 1200, windowMs: 60_000 },
  map: { max: 600, windowMs: 60_000 },
  lesson: { max: 600, windowMs: 60_000 },
  export: { max: 120, windowMs: 60_000 },
  download: { max: 60, windowMs: 60_000 },
  /** Every call to the public REST API (/api/v1), whatever the endpoint. */
  api: { max: 600, windowMs: 60_000 },
} as const satisfies Record<string, Limit>;

export type ReadLimitName = keyof typeof READ_LIMITS;

/**
 * Counts one public read by `subject` (see limitSubject); refuses past the limit. With
 * Redis configured the count lives there, shared by every instance and off the database,
 * which would otherwise take a write for every read. A Redis that does not answer lets the
 * read through: these limits guard capacity, not secrets (sign-in and votes keep their
 * counters in the database, beside the rows they protect).
 */
export async function hitReadLimit(
  db: Db,
  name: ReadLimitName,
  subject: string,
  now = new Date(),
  redis = getRedis(),
): Promise<Hit> {
  const key = `read:${name}:${subject}`;
  if (!redis) return hit(db, key, READ_LIMITS[name], now);
  try {
    return await hitInRedis(redis, key, READ_LIMITS[name], now);
  } catch (error) {
    noteRedisFailure(error);
    return { count: 0, allowed: true, retryAfterSeconds: 0 };
  }
}

let lastRedisReport = 0;
function noteRedisFailure(error: unknown) {
  if (Date.now() - lastRedisReport < 30_000) return;
  lastRedisReport = Date.now();
  console.error(
    `Read limits: Redis did not answer, reads go unlimited until it does (${error instanceof Error ? error.message : String(error)})`,
  );
}

export { RateLimitedError };

/**
 * Exponential backoff: the first `free` attempts need no wait; after that each attempt
 * must come at least `baseMs · 2^(attempts − free)` after the previous one (at most
 * `maxMs`). A key left alone for `forgetAfterMs` starts over.
 */
export interface BackoffPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
  forgetAfterMs: number;
}

/** The wait owed after `attempts` attempts (JavaScript twin of the SQL in `backoff`). */
export function backoffWaitMs(attempts: number, policy: BackoffPolicy): number {
  if (attempts < policy.free) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempts - policy.free, 30));
}

export interface BackoffAttempt {
  allowed: boolean;
  /** Attempts counted so far, this one included when allowed. */
  attempts: number;
  /** Seconds until the next attempt is allowed; 0 when this one was. */
  retryAfterSeconds: number;
}

/**
 * Claims one attempt against `key` under exponential backoff. The claim is one upsert
 * whose update applies only when the wait has passed, so concurrent attempts cannot all
 * slip through: each waits for the row lock and sees the others' count. The row keeps
 * the attempt count and, in `windowStartedAt`, the time of the last allowed attempt.
 */
export async function backoff(db: Db, key: string, policy: BackoffPolicy, now = new Date()): Promise<BackoffAttempt> {
  const nowIso = now.toISOString();
  const stale = sql`${rateLimits.windowStartedAt} <= ${new Date(now.getTime() - policy.forgetAfterMs).toISOString()}::timestamptz`;
  const waitMs = sql`least(${policy.maxMs}::float8, case when ${rateLimits.count} < ${policy.free}::int then 0 else ${policy.baseMs}::float8 * power(2::float8, least(${rateLimits.count} - ${policy.free}::int, 30)) end)`;
  const due = sql`${rateLimits.windowStartedAt} + ${waitMs} * interval '1 millisecond' <= ${nowIso}::timestamptz`;
  const [claimed] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${stale} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`${nowIso}::timestamptz`,
      },
      setWhere: sql`${stale} or ${due}`,
    })
    .returning({ count: rateLimits.count });
  if (claimed) return { allowed: true, attempts: claimed.count, retryAfterSeconds: 0 };
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  const nextAt = row ? row.windowStartedAt.getTime() + backoffWaitMs(row.count, policy) : now.getTime();
  return {
    allowed: false,
    attempts: row?.count ?? 0,
    retryAfterSeconds: Math.max(1, Math.ceil((nextAt - now.getTime()) / 1000)),
  };
}

/** Gives back one hit (an attempt that turned out legitimate, such as a good sign-in). */
export async function refundHit(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}

/** Forgets a key's hits (after a successful sign-in, say). */
export async function resetLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * Deletes counters whose window started before `before` (only keys starting with
 * `prefix`, when given); returns how many went.
 */
export async function pruneRateLimits(db: Db, before: Date, prefix?: string): Promise<number> {
  const old = lt(rateLimits.windowStartedAt, before);
  const gone = await db
    .delete(rateLimits)
    .where(prefix ? and(old, like(rateLimits.key, `${prefix.replace(/[\\%_]/g, "\\$&")}%`)) : old)
    .returning({ key: rateLimits.key });
  return gone.length;
}
