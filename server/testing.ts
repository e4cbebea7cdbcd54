import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { createCaller } from "./root";

/** A caller as an anonymous reader would have it, on the given database. */
export function readerCaller(db: Db) {
  return createCaller({ getDb: async () => db, headers: new Headers() });
}

/**
 * A fresh database for this test file, seeded with the first case; dropped after the
 * file. Returns a getter because the database exists only once beforeAll has run.
 */
export function seededDatabaseForFile(): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDatabase(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });
  return () => {
    if (!t) throw new Error("The test database is not ready yet");
    return t;
  };
}
