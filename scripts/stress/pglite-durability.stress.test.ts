import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { actors, auditLog } from "@/db/schema";

/**
 * Embedded PGlite killed with SIGKILL, over and over, while a child process writes through
 * the app's db layer. A write counts as acknowledged once its id is in the log, which the
 * child appends only after the transaction commits. Each cycle the child must open the
 * database again, past the stale lock file the killed process left behind.
 */
const CYCLES = 20;

const dir = mkdtempSync(path.join(tmpdir(), "wpe-durability-"));
const dataDir = path.join(dir, "pglite");
const logFile = path.join(dir, "acknowledged.log");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const acknowledged = () => (existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").filter(Boolean) : []);

/** Starts a writer, lets it acknowledge `writes` more writes, then kills it with SIGKILL. */
async function cycle(n: number, writes: number): Promise<{ lockLeft: boolean }> {
  const before = acknowledged().length;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/stress/pglite-writer.ts", dataDir, logFile, `c${n}`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  while (acknowledged().length < before + writes) {
    if (child.exitCode !== null) throw new Error(`Writer ${n} exited (${child.exitCode}) before writing: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`Writer ${n} wrote nothing in time: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill("SIGKILL");
  await exited;
  return { lockLeft: existsSync(`${dataDir}.lock`) };
}

describe(`PGlite through ${CYCLES} kill -9 cycles during writes`, () => {
  it("opens every time and loses no acknowledged write, each one whole", async () => {
    let staleLocks = 0;
    const started = performance.now();
    for (let n = 0; n < CYCLES; n++) {
      // Between 1 and 40 writes, so the kill lands at different points of a write.
      const { lockLeft } = await cycle(n, 1 + ((n * 17) % 40));
      if (lockLeft) staleLocks++;
    }
    const seconds = (performance.now() - started) / 1000;

    const connection = openDatabase({ driver: "pglite", dataDir });
    try {
      const rows = await connection.db.select({ id: actors.id }).from(actors).where(like(actors.name, "Durable %"));
      const audits = await connection.db
        .select({ id: auditLog.entityId })
        .from(auditLog)
        .where(eq(auditLog.action, "durability.write"));
      const stored = new Set(rows.map((r) => r.id));
      const acked = acknowledged();
      const lost = acked.filter((id) => !stored.has(id));
      console.info(
        `[durability] ${CYCLES} kill -9 cycles in ${seconds.toFixed(0)} s: ${acked.length} writes acknowledged, ${stored.size} stored ` +
          `(${stored.size - acked.length} committed but killed before acknowledging), ${lost.length} lost; stale lock left ${staleLocks} times, opened every time`,
      );
      expect(lost).toEqual([]);
      expect(staleLocks).toBe(CYCLES); // the kill really did leave the lock behind, and the next open got past it
      expect(audits.map((a) => a.id).sort()).toEqual([...stored].sort()); // both rows of each write, or neither
    } finally {
      await connection.close();
    }
  });
});
