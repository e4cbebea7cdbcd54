/**
 * `npm run db:restore -- <file> [--force]`: replaces the configured database with a backup
 * made by `db:backup`, in one transaction (PostgreSQL) or by swapping in a freshly loaded
 * data directory (PGlite): a restore that fails leaves the database as it was. Refuses a
 * database that holds anything unless --force is given. Prints the restored data's digest.
 */
import { databaseDigest, RestoreRefused, restoreDatabase } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { configuredTarget, describeTarget } from "@/db/target";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("-"));
if (!file || args.some((a) => a.startsWith("-") && a !== "--force")) {
  console.error("Usage: npm run db:restore -- <file> [--force]");
  process.exit(2);
}
const target = configuredTarget();
try {
  await restoreDatabase(target, file, { force: args.includes("--force") });
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(`Not restored: ${error.message}`);
  process.exit(1);
}
const connection = openDatabase(target);
try {
  const digest = await databaseDigest(connection.db);
  console.info(
    `Restored ${file} into ${describeTarget(target)}: ${digest.tables} tables, ${digest.rows} rows, digest ${digest.hash}`,
  );
} finally {
  await connection.close();
}
