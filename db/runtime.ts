import { markDatabaseAvailable, markDatabaseUnavailable, registerDatabaseProbe } from "./availability";
import { openDatabase, type DatabaseConnection, type Db } from "./client";
import { isDatabaseEmpty, seedDatabase } from "./seed";
import { configuredTarget, describeTarget } from "./target";
import { env } from "@/env";

/**
 * The process-wide database: one client per process (PGlite allows one per data
 * directory), migrated and, on an empty database, seeded before first use. Kept on
 * globalThis so that dev-mode reloads and Next's separate bundles share it.
 */
interface Runtime {
  connection: DatabaseConnection | null;
  ready: Promise<Db> | null;
}

const key = Symbol.for("war-powers-explorer.db-runtime");
type WithRuntime = typeof globalThis & { [key]?: Runtime };

function runtime(): Runtime {
  const g = globalThis as WithRuntime;
  g[key] ??= { connection: null, ready: null };
  return g[key];
}

/** How long a pool replaced after an outage may finish its requests before it is closed. */
const OLD_POOL_GRACE_MS = 30_000;

async function prepare(rt: Runtime): Promise<Db> {
  const target = configuredTarget();
  rt.connection ??= openDatabase(target);
  const connection = rt.connection;
  registerDatabaseProbe(async () => {
    await connection.ping();
    // The database came back. A PostgreSQL pool that lived through the outage may still
    // hold connection attempts made while it was going or starting, which fail seconds
    // later (postgres.js's connect timeout) and would put the app back into 503: start a
    // fresh pool, and close the old one once what it has in flight is long done (closing
    // it at once would fail those requests and put the app back into 503). Then make sure
    // the database is migrated before anyone queries it.
    if (connection.driver === "postgres" && rt.connection === connection) {
      rt.connection = null;
      rt.ready = null;
      setTimeout(() => void connection.close().catch(() => {}), OLD_POOL_GRACE_MS).unref();
    }
    await getDb();
  });
  await connection.migrate();
  if (env.DB_SEED_ON_START && (await isDatabaseEmpty(connection.db))) {
    const report = await seedDatabase(connection.db);
    console.info(`Seeded an empty database (${describeTarget(target)}):`, report);
  }
  markDatabaseAvailable();
  return connection.db;
}

/** Resolves to the ready database. A failed start-up is not cached: the next call tries again. */
export function getDb(): Promise<Db> {
  const rt = runtime();
  rt.ready ??= prepare(rt).catch((error: unknown) => {
    rt.ready = null;
    // Failed before a connection was even opened (PGlite's data directory still locked by a
    // process that is ending, say): no probe exists yet, so make starting over the probe, or
    // the proxy would answer 503 for good.
    if (!rt.connection) registerDatabaseProbe(() => getDb().then(() => {}));
    markDatabaseUnavailable();
    throw error;
  });
  return rt.ready;
}
