import type { Redis } from "@/server/redis";
import type { Hit, Limit } from "./rate-limit";

/** Every key the app writes to Redis starts with this, so one Redis can serve other apps too. */
export const REDIS_PREFIX = "wpe:";

/**
 * The Redis twin of `hit`: one fixed window per `windowMs` slice of the clock, counted by
 * INCR on a key that names the window. SET NX gives a new window its expiry and INCR
 * counts, in one MULTI, so concurrent hits from every instance land on the same count and
 * a window's key never outlives it by more than a second.
 */
export async function hitInRedis(redis: Redis, key: string, limit: Limit, now = new Date()): Promise<Hit> {
  const window = Math.floor(now.getTime() / limit.windowMs);
  const endsAt = (window + 1) * limit.windowMs;
  const redisKey = `${REDIS_PREFIX}limit:${key}:${window}`;
  const [, count] = await redis
    .multi()
    .set(redisKey, "0", { condition: "NX", expiration: { type: "PXAT", value: endsAt + 1_000 } })
    .incr(redisKey)
    .exec();
  const n = Number(count);
  const allowed = n <= limit.max;
  return {
    count: n,
    allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}
