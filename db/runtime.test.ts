import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * The process-wide database when its first opening fails before any connection exists:
 * PGlite's data directory locked by a process that is still ending (seen when a build
 * worker held it as the server started). The app must find the database once the lock is
 * gone, without a restart.
 */
const dir = mkdtempSync(path.join(tmpdir(), "wpe-runtime-"));
const dataDir = path.join(dir, "pglite");
// A live process that is not this one, named as the lock's owner.
const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });

afterAll(() => {
  holder.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("a database that cannot be opened at first", () => {
  it("is tried again by the availability probe, and found once it can be opened", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DIR", dataDir);
    vi.stubEnv("DB_SEED_ON_START", "false");
    writeFileSync(`${dataDir}.lock`, String(holder.pid));
    const { getDb } = await import("./runtime");
    const { isDatabaseAvailable } = await import("./availability");
    await expect(getDb()).rejects.toThrow(/in use by process/);
    expect(await isDatabaseAvailable()).toBe(false);

    holder.kill();
    await new Promise((resolve) => holder.once("exit", resolve));
    // The probe runs at most every 250 ms: ask until it has.
    await expect.poll(() => isDatabaseAvailable(), { timeout: 10_000, interval: 100 }).toBe(true);
    await expect(getDb()).resolves.toBeDefined();
  });
});
