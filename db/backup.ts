import { spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { canonicalHash, canonicalJson } from "@/lib/export/canonical";
import { lockEmbeddedDatabase, openDatabase, type DatabaseTarget, type Db } from "./client";

/**
 * Backup and restore of the whole database, on either driver (ADR 0010):
 *  - PostgreSQL: pg_dump's custom format; restored through pg_restore into psql as ONE
 *    transaction that first empties the schemas, so a failed restore changes nothing.
 *  - PGlite: its own data-directory tarball (dumpDataDir), loaded into a fresh directory
 *    that then takes the old one's place, so a failed restore changes nothing either.
 * A backup's first bytes say which it is; restoring one into the other driver is refused
 * (moving content between drivers is what the case export and import are for).
 */
const PG_DUMP_MAGIC = "PGDMP";
const GZIP_MAGIC = [0x1f, 0x8b];

type Row = Record<string, unknown>;
/** postgres.js answers an array of rows, PGlite an object holding them. */
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows);

/** The app's schemas: its tables and drizzle's record of applied migrations. */
const SCHEMAS = ["public", "drizzle"];

async function tablesAndSequences(db: Db) {
  const tables = rowsOf(
    await db.execute(sql`select table_schema || '.' || table_name as name from information_schema.tables
      where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`),
  ).map((r) => String(r.name));
  const sequences = rowsOf(
    await db.execute(sql`select sequence_schema || '.' || sequence_name as name from information_schema.sequences
      where sequence_schema in ('public', 'drizzle') order by 1`),
  ).map((r) => String(r.name));
  return { tables, sequences };
}

const quoted = (name: string) =>
  name
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");

/**
 * A digest of everything the database holds: every row of every table (in a canonical
 * order, so physical order does not matter) and where every sequence stands. Two
 * databases with the same digest hold the same data.
 */
export async function databaseDigest(db: Db): Promise<{ hash: string; tables: number; rows: number }> {
  const { tables, sequences } = await tablesAndSequences(db);
  const content: Record<string, unknown> = {};
  let rows = 0;
  for (const table of tables) {
    const found = rowsOf(await db.execute(sql.raw(`select to_jsonb(t) as row from ${quoted(table)} t`))).map(
      (r) => r.row,
    );
    rows += found.length;
    content[table] = found.map((row) => canonicalJson(row)).sort();
  }
  for (const sequence of sequences) {
    content[`sequence ${sequence}`] = rowsOf(
      await db.execute(sql.raw(`select last_value, is_called from ${quoted(sequence)}`)),
    )[0];
  }
  return { hash: canonicalHash(content), tables: tables.length, rows };
}

/**
 * How much content a database holds: what "refuse to restore over a non-empty database"
 * looks at. Drizzle's list of applied migrations does not count: migrated is still empty.
 */
async function contents(db: Db): Promise<{ tables: number; rows: number }> {
  const tables = (await tablesAndSequences(db)).tables.filter((t) => t.startsWith("public."));
  let rows = 0;
  for (const table of tables)
    rows += Number(rowsOf(await db.execute(sql.raw(`select count(*)::int as n from ${quoted(table)}`)))[0]!.n);
  return { tables: tables.length, rows };
}

function run(command: string, args: string[], input?: { file: string; prefix: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [input ? "pipe" : "ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`)),
    );
    if (input) {
      child.stdin!.on("error", () => {}); // a tool that stops early says why on stderr and in its exit code
      child.stdin!.write(input.prefix);
      createReadStream(input.file).pipe(child.stdin!);
    }
  });
}

export class RestoreRefused extends Error {}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<{ bytes: number }> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.driver === "postgres") {
    // The whole database, not --schema: a schema-filtered dump leaves out extensions (pg_trgm).
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", target.url]);
  } else {
    const connection = openDatabase(target); // takes the lock: the server must not be running on it
    try {
      const tarball = await connection.dumpDataDir!();
      writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await connection.close();
    }
  }
  return { bytes: readFileSync(file).length };
}

function kindOf(file: string): "postgres" | "pglite" {
  const head = readFileSync(file).subarray(0, 5);
  if (head.toString("latin1") === PG_DUMP_MAGIC) return "postgres";
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "pglite";
  throw new RestoreRefused(`${file} is not a backup made by db:backup.`);
}

async function refuseUnlessEmpty(target: DatabaseTarget, force: boolean) {
  if (force) return;
  if (target.driver === "pglite" && (!existsSync(target.dataDir) || readdirSync(target.dataDir).length === 0)) return;
  const connection = openDatabase(target);
  try {
    const found = await contents(connection.db);
    if (found.rows > 0) {
      throw new RestoreRefused(
        `The database is not empty (${found.tables} tables, ${found.rows} rows). A restore replaces everything in it: run again with --force.`,
      );
    }
  } finally {
    await connection.close();
  }
}

export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  opts: { force?: boolean } = {},
): Promise<void> {
  const kind = kindOf(file);
  if (kind !== target.driver)
    throw new RestoreRefused(`${file} is a ${kind} backup; the configured database is ${target.driver}.`);
  await refuseUnlessEmpty(target, opts.force ?? false);
  if (target.driver === "postgres") {
    // pg_restore writes SQL; psql runs it after emptying the schemas, all in one transaction.
    // A whole-database dump creates every schema but public, which it expects to exist.
    const empty = [
      "set client_min_messages = warning;",
      ...SCHEMAS.map((s) => `drop schema if exists ${s} cascade;`),
      "create schema public;",
      "",
    ].join("\n");
    const restoreSql = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.sql`);
    try {
      await run("pg_restore", ["--no-owner", "--no-privileges", "--file", restoreSql, file]);
      await run(
        "psql",
        [
          "--no-psqlrc",
          "--quiet",
          "--single-transaction",
          "--set",
          "ON_ERROR_STOP=1",
          "--dbname",
          target.url,
          "--file",
          "-",
        ],
        { file: restoreSql, prefix: empty },
      );
    } finally {
      rmSync(restoreSql, { force: true });
    }
    return;
  }
  // Load into a fresh directory beside the old one, then swap: a failure leaves the old one as it was.
  const fresh = `${path.resolve(target.dataDir)}.restoring-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const connection = openDatabase({ driver: "pglite", dataDir: fresh, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await connection.ping();
  } finally {
    await connection.close();
  }
  const old = `${path.resolve(target.dataDir)}.replaced-${process.pid}`;
  // Hold the target's lock while swapping, so a running server is not pulled from under it.
  const release = lockEmbeddedDatabase(target.dataDir);
  try {
    if (readdirSync(target.dataDir).length > 0) renameSync(target.dataDir, old);
    else rmSync(target.dataDir, { recursive: true });
    renameSync(fresh, target.dataDir);
  } finally {
    release();
  }
  rmSync(old, { recursive: true, force: true });
}
