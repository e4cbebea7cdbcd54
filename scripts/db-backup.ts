/**
 * `npm run db:backup -- <file>`: the whole configured database (DATABASE_URL, else embedded
 * PGlite) into one file: pg_dump's custom format, or PGlite's data-directory tarball. With
 * PGlite, stop the server first (it holds the embedded database). Prints the content digest,
 * which `db:restore` prints too: equal digests, equal data.
 */
import { backupDatabase, databaseDigest } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { configuredTarget, describeTarget } from "@/db/target";

const file = process.argv[2];
if (!file || file.startsWith("-")) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
const target = configuredTarget();
const { bytes } = await backupDatabase(target, file);
const connection = openDatabase(target);
try {
  const digest = await databaseDigest(connection.db);
  console.info(
    `Backed up ${describeTarget(target)} to ${file} (${bytes} bytes): ${digest.tables} tables, ${digest.rows} rows, digest ${digest.hash}`,
  );
} finally {
  await connection.close();
}
