import { createClient, type RedisClientType } from "@redis/client";
import { env } from "@/env";

/**
 * The process's Redis client when REDIS_URL is set, else null. One client per process,
 * kept on globalThis so that Next's separate bundles (and dev reloads) share it.
 *
 * A command never waits for a connection that is not there: with the offline queue off,
 * it fails at once while the client reconnects in the background, and each caller decides
 * what a missing Redis means for it (the read limits let the request through).
 */
export type Redis = RedisClientType;

const key = Symbol.for("war-powers-explorer.redis");
type WithRedis = typeof globalThis & { [key]?: Redis };

export function getRedis(url = env.REDIS_URL): Redis | null {
  if (!url) return null;
  const g = globalThis as WithRedis;
  g[key] ??= createRedis(url);
  return g[key];
}

/** A client with the app's settings, already connecting. */
export function createRedis(url: string): Redis {
  const client: Redis = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let reported = 0;
  client.on("error", (error: Error) => {
    // The client emits an error for every failed reconnect; one line every 30 s is enough.
    if (Date.now() - reported < 30_000) return;
    reported = Date.now();
    console.error(`Redis (${new URL(url).host}): ${error.message}`);
  });
  // Not awaited: the client keeps trying to connect, and until it is in, commands fail.
  client.connect().catch(() => {});
  return client;
}
