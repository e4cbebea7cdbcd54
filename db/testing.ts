import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseConnection } from "./client";

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server
 * named by TEST_DATABASE_URL when it is set, else an in-memory PGlite. `drop()` removes it.
 */
export interface TestDatabase extends DatabaseConnection {
  /** The connection string of the fresh database; absent for in-memory PGlite. */
  url?: string;
  drop(): Promise<void>;
}

/** The PostgreSQL server integration tests use, when one is named. */
export const testServerUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export async function createTestDatabase(serverUrl: string | undefined = testServerUrl): Promise<TestDatabase> {
  if (!serverUrl) {
    const connection = openDatabase({ driver: "pglite", dataDir: "memory://" });
    await connection.migrate();
    return { ...connection, drop: () => connection.close() };
  }
  const name = `wpe_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = openDatabase({ driver: "postgres", url: url.toString(), poolMax: 4 });
  await connection.migrate();
  return {
    ...connection,
    url: url.toString(),
    drop: async () => {
      await connection.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
