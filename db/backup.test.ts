import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, databaseDigest, RestoreRefused, restoreDatabase } from "./backup";
import { openDatabase, type DatabaseTarget } from "./client";
import { seedDatabase } from "./seed";
import { createTestDatabase, testServerUrl } from "./testing";

const dir = mkdtempSync(path.join(tmpdir(), "wpe-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function digestOf(target: DatabaseTarget) {
  const connection = openDatabase(target);
  try {
    return await databaseDigest(connection.db);
  } finally {
    await connection.close();
  }
}

describe("backup and restore of embedded PGlite", () => {
  const source: DatabaseTarget = { driver: "pglite", dataDir: path.join(dir, "source") };
  const copy: DatabaseTarget = { driver: "pglite", dataDir: path.join(dir, "copy") };
  const file = path.join(dir, "pglite.backup");

  it(
    "round-trips to the same digest, refuses a non-empty target without --force, and survives a bad file",
    { timeout: 180_000 },
    async () => {
      const connection = openDatabase(source);
      await connection.migrate();
      await seedDatabase(connection.db);
      await connection.close();
      const original = await digestOf(source);
      expect(original.rows).toBeGreaterThan(100);

      await backupDatabase(source, file);
      await restoreDatabase(copy, file);
      expect(await digestOf(copy)).toEqual(original);

      await expect(restoreDatabase(source, file)).rejects.toBeInstanceOf(RestoreRefused);
      await restoreDatabase(source, file, { force: true });
      expect(await digestOf(source)).toEqual(original);

      const broken = path.join(dir, "broken.backup");
      writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0, 1, 2, 3]));
      await expect(restoreDatabase(copy, broken, { force: true })).rejects.toThrow();
      expect(await digestOf(copy)).toEqual(original); // the failed restore changed nothing
    },
  );
});

describe.runIf(testServerUrl)("backup and restore of PostgreSQL", () => {
  it(
    "round-trips to the same digest in one transaction, and refuses a non-empty target without --force",
    { timeout: 120_000 },
    async () => {
      const source = await createTestDatabase();
      const target = await createTestDatabase(); // migrated, no content: counts as empty
      try {
        await seedDatabase(source.db);
        const original = await databaseDigest(source.db);
        const file = path.join(dir, "postgres.backup");
        await backupDatabase({ driver: "postgres", url: source.url! }, file);

        await restoreDatabase({ driver: "postgres", url: target.url! }, file);
        expect(await databaseDigest(target.db)).toEqual(original);
        await expect(restoreDatabase({ driver: "postgres", url: target.url! }, file)).rejects.toBeInstanceOf(
          RestoreRefused,
        );
        await restoreDatabase({ driver: "postgres", url: target.url! }, file, { force: true });
        expect(await databaseDigest(target.db)).toEqual(original);

        const tarball = path.join(dir, "looks-like-pglite.backup");
        writeFileSync(tarball, Buffer.from([0x1f, 0x8b, 8, 0]));
        await expect(
          restoreDatabase({ driver: "postgres", url: target.url! }, tarball, { force: true }),
        ).rejects.toThrow(/pglite backup/);
      } finally {
        await target.drop();
        await source.drop();
      }
    },
  );
});
