import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseTarget } from "@/db/client";
import { databaseDigest } from "@/db/backup";
import { seedDatabase } from "@/db/seed";
import { createCluster, type Cluster } from "./cluster";

/**
 * `npm run db:backup` / `npm run db:restore` as an operator runs them, on both drivers:
 * PGlite in a temp folder, PostgreSQL on a throwaway cluster this test owns. The digest
 * (every row of every table, every sequence) must be the same before and after.
 */
const dir = mkdtempSync(path.join(tmpdir(), "wpe-backup-scripts-"));
let cluster: Cluster | undefined;
afterAll(() => {
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function npm(script: string, args: string[], env: Record<string, string>) {
  const started = performance.now();
  const run = spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, ms: performance.now() - started };
}

const digestIn = (out: string) => /digest ([0-9a-f]{64})/.exec(out)?.[1];

async function seeded(target: DatabaseTarget) {
  const connection = openDatabase(target);
  try {
    await connection.migrate();
    await seedDatabase(connection.db);
    return await databaseDigest(connection.db);
  } finally {
    await connection.close();
  }
}

async function roundTrip(
  name: string,
  source: Record<string, string>,
  target: Record<string, string>,
  original: { hash: string; rows: number },
) {
  const file = path.join(dir, `${name}.backup`);
  const backup = npm("db:backup", [file], source);
  expect(backup.status, backup.out).toBe(0);
  expect(digestIn(backup.out)).toBe(original.hash);

  const restore = npm("db:restore", [file], target);
  expect(restore.status, restore.out).toBe(0);
  expect(digestIn(restore.out)).toBe(original.hash);

  const refused = npm("db:restore", [file], target);
  expect(refused.status).toBe(1);
  expect(refused.out).toMatch(/not empty.*--force/);

  const forced = npm("db:restore", [file, "--force"], target);
  expect(forced.status, forced.out).toBe(0);
  expect(digestIn(forced.out)).toBe(original.hash);
  console.info(
    `[backup] ${name}: ${original.rows} rows, digest ${original.hash.slice(0, 12)}… equal after backup (${(backup.ms / 1000).toFixed(1)} s), ` +
      `restore (${(restore.ms / 1000).toFixed(1)} s) and forced restore (${(forced.ms / 1000).toFixed(1)} s); restore over content without --force refused`,
  );
}

describe("npm run db:backup / db:restore", () => {
  it("round-trips embedded PGlite to the same digest", async () => {
    const source = path.join(dir, "pglite-source");
    const original = await seeded({ driver: "pglite", dataDir: source });
    await roundTrip(
      "pglite",
      { PGLITE_DIR: source, DATABASE_URL: "" },
      { PGLITE_DIR: path.join(dir, "pglite-target"), DATABASE_URL: "" },
      original,
    );
  });

  it("round-trips PostgreSQL to the same digest", async () => {
    cluster = await createCluster();
    const admin = postgres(cluster.url(), { max: 1, onnotice: () => {} });
    await admin.unsafe("create database source");
    await admin.unsafe("create database target");
    await admin.end();
    const original = await seeded({ driver: "postgres", url: cluster.url("source") });
    await roundTrip(
      "postgres",
      { DATABASE_URL: cluster.url("source") },
      { DATABASE_URL: cluster.url("target") },
      original,
    );
  });
});
