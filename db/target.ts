import { env } from "@/env";
import type { DatabaseTarget } from "./client";

/** The database this process talks to: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function configuredTarget(): DatabaseTarget {
  return env.DATABASE_URL
    ? { driver: "postgres", url: env.DATABASE_URL, poolMax: env.DB_POOL_MAX, replicaUrls: env.DATABASE_REPLICA_URLS }
    : { driver: "pglite", dataDir: env.PGLITE_DIR };
}

/** Where the database is, for log lines: never prints a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === "pglite") return `embedded PGlite at ${target.dataDir}`;
  const url = new URL(target.url);
  const replicas = target.replicaUrls?.length
    ? `, reading from ${target.replicaUrls.length} replica${target.replicaUrls.length === 1 ? "" : "s"}`
    : "";
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}${replicas}`;
}
