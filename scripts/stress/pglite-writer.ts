/**
 * The child process of the kill -9 durability test: opens the embedded database through the
 * app's db layer and writes until it is killed. Each write is one transaction (an actor and
 * its audit entry); only after it commits is its id appended to the log: the acknowledgement.
 *   node --import tsx scripts/stress/pglite-writer.ts <dataDir> <logFile> <prefix>
 */
import { appendFileSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { actors, auditLog } from "@/db/schema";

const [dataDir, logFile, prefix] = process.argv.slice(2);
if (!dataDir || !logFile || !prefix) throw new Error("usage: pglite-writer.ts <dataDir> <logFile> <prefix>");

const connection = openDatabase({ driver: "pglite", dataDir });
await connection.migrate();
for (let n = 0; ; n++) {
  const id = `${prefix}-${n}`;
  await connection.db.transaction(async (tx) => {
    await tx.insert(actors).values({ id, name: `Durable ${id}`, kind: "person" });
    await tx.insert(auditLog).values({ action: "durability.write", entityType: "actor", entityId: id });
  });
  appendFileSync(logFile, `${id}\n`);
}
