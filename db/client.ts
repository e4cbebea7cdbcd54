import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { withReplicas, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import * as schema from "./schema";

/** The one database handle type: both drivers share Drizzle's Postgres base class. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  /** `replicaUrls`: read replicas of `url`; reads go to one of them, writes and transactions to `url`. */
  | { driver: "postgres"; url: string; poolMax?: number; replicaUrls?: string[] }
  /**
   * `dataDir` is a folder, or `memory://` for a throwaway in-memory database. `loadDataDir`
   * fills a new folder from a tarball made by `dumpDataDir` (how a backup is restored).
   */
  | { driver: "pglite"; dataDir: string; loadDataDir?: Blob };

export interface DatabaseConnection {
  db: Db;
  driver: DatabaseTarget["driver"];
  /** Applies the committed migrations in drizzle/. Safe to run again. */
  migrate(): Promise<void>;
  /** A cheap round trip, used to tell whether the server is reachable again. */
  ping(): Promise<void>;
  /** PGlite only: the whole data directory as a gzipped tarball (how a backup is made). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "drizzle");

export function openDatabase(target: DatabaseTarget): DatabaseConnection {
  if (target.driver === "postgres") {
    const pool = (url: string) =>
      postgres(url, {
        max: target.poolMax ?? 10,
        connect_timeout: 5,
        idle_timeout: 30,
        // postgres.js waits longer after each failed connection (up to 20 s by default), which
        // would keep the app down long after the database is back. The availability probe
        // already limits how often we try during an outage, so retry promptly.
        backoff: (retries: number) => Math.min(0.05 * retries, 0.2),
        onnotice: () => {},
      });
    const sql = pool(target.url);
    const replicaPools = (target.replicaUrls ?? []).map(pool);
    let probe: postgres.Sql | undefined;
    const primary = drizzlePostgres({ client: sql, schema, casing: "snake_case" });
    const replicas = replicaPools.map((client) => drizzlePostgres({ client, schema, casing: "snake_case" }));
    const db: Db = replicas.length
      ? withReplicas(primary, replicas as [typeof primary, ...(typeof primary)[]])
      : primary;
    return {
      db,
      driver: "postgres",
      migrate: () => migratePostgres(primary, { migrationsFolder }),
      // The availability probe gets a connection of its own: it must not queue behind the
      // pool's queries, nor wait on a pool connection still trying to reach a database that
      // is starting up, and it gives up quickly. No back-off of its own: the probe is already
      // paced (at most one every 250 ms), and postgres.js's default grows to 20 s.
      ping: async () => {
        probe ??= postgres(target.url, {
          max: 1,
          connect_timeout: 2,
          idle_timeout: 1,
          backoff: () => 0,
          onnotice: () => {},
        });
        await probe`select 1`;
      },
      close: async () => {
        await Promise.all([
          sql.end({ timeout: 5 }),
          ...replicaPools.map((r) => r.end({ timeout: 5 })),
          probe?.end({ timeout: 1 }),
        ]);
      },
    };
  }
  const release = target.dataDir.startsWith("memory://") ? () => {} : lockEmbeddedDatabase(target.dataDir);
  // pg_trgm serves typo-tolerant search; PostgreSQL ships it in contrib, PGlite as a bundled extension.
  const client = new PGlite(target.dataDir, { extensions: { pg_trgm }, loadDataDir: target.loadDataDir });
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await client.query("select 1");
    },
    dumpDataDir: async () => {
      await client.query("select 1"); // dumpDataDir never settles on a client that has not started yet
      return client.dumpDataDir("gzip");
    },
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * One of the read replicas of a database that has them (the database itself otherwise):
 * for hand-written read-only SQL, which Drizzle's `execute` always sends to the primary.
 */
export function onReplica(db: Db): Db {
  const replicas = (db as Db & { $replicas?: Db[] }).$replicas;
  return replicas?.length ? replicas[Math.floor(Math.random() * replicas.length)]! : db;
}

/**
 * The same database, with `onStatement` told of every statement Drizzle sends through it
 * (how `npm run bench` counts the statements a page costs when nothing is cached).
 */
export function withStatementLog(db: Db, onStatement: (query: string) => void): Db {
  const client = (onPrimary(db) as Db & { $client: unknown }).$client;
  const logger = { logQuery: (query: string) => onStatement(query) };
  return (
    client instanceof PGlite
      ? drizzlePglite({ client, schema, casing: "snake_case", logger })
      : drizzlePostgres({ client: client as postgres.Sql, schema, casing: "snake_case", logger })
  ) as Db;
}

/**
 * The primary of a database with read replicas (itself otherwise): for writes' own reads and
 * for everything a signed-in editor does, which must see what was just written.
 */
export function onPrimary(db: Db): Db {
  return (db as Db & { $primary?: Db }).$primary ?? db;
}

/**
 * PGlite is single-process: two processes writing one data directory would corrupt it.
 * A lock file beside the directory names the owner; a second opener gets a clear error.
 */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const onExit = () => rmSync(lockPath, { force: true });
      process.once("exit", onExit);
      return () => {
        process.off("exit", onExit);
        onExit();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (owner !== process.pid && !isAlive(owner)) {
        rmSync(lockPath, { force: true }); // left behind by a process that is gone
        continue;
      }
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${owner}. Stop that process (for example the running server) and try again, or set DATABASE_URL to use PostgreSQL.`,
      );
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
