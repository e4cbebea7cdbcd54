import { markDatabaseAvailable, markDatabaseUnavailable, registerDatabaseProbe } from "./availability";
import { openDatabase, type DatabaseConnection, type Db } from "./client";
import { isDatabaseEmpty, seedDatabase } from "./seed";
import { configuredTarget, describeTarget } from "./target";
import { env } from "@/server/env";

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

async function prepare(rt: Runtime): Promise<Db> {
  const target = configuredTarget();
  rt.connection ??= openDatabase(target);
  const connection = rt.connection;
  registerDatabaseProbe(async () => {
    await connection.ping();
    // The database came back: make sure it is migrated before anyone queries it.
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
    markDatabaseUnavailable();
    throw error;
  });
  return rt.ready;
}
