/**
 * `npm test`: every tier in order (typecheck, lint, unit + integration, end-to-end),
 * each run even when an earlier one fails, then one summary. Exits non-zero on any failure.
 * `npm test -- --cluster` adds the two-instance test (`npm run test:cluster`, which needs
 * TEST_DATABASE_URL and TEST_REDIS_URL) and `--stress` the long tests (`npm run test:stress`)
 * as last tiers, so CI's closing line counts them too.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const reports = path.join(process.cwd(), "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
// Plain text: under CI=true Vitest colours its output, and a log reader then misses its counts.
const { FORCE_COLOR: _forced, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
interface Step {
  name: string;
  commands: string[][];
  counts?: () => Counts | null;
}

function readJson<T>(file: string): T | null {
  const full = path.join(reports, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as T) : null;
}

function vitestTier(name: string, report: string, config: string[] = []): Step {
  return {
    name,
    commands: [
      [
        "npx",
        "vitest",
        "run",
        ...config,
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${path.join(reports, report)}`,
      ],
    ],
    counts: () => {
      const r = readJson<{
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      }>(report);
      return r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
  };
}

const steps: Step[] = [
  {
    name: "typecheck",
    commands: [
      ["npx", "next", "typegen"],
      ["npx", "tsc", "--noEmit"],
    ],
  },
  {
    name: "lint",
    commands: [
      ["npx", "eslint", ".", "--max-warnings=0"],
      ["npx", "prettier", "--check", "."],
    ],
  },
  vitestTier("unit + integration", "vitest.json"),
  {
    name: "end-to-end",
    commands: [["npx", "playwright", "test"]],
    counts: () => {
      const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
        "playwright.json",
      );
      return r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
    },
  },
  ...(process.argv.includes("--cluster")
    ? [vitestTier("cluster", "cluster.json", ["--config", "vitest.cluster.config.ts"])]
    : []),
  ...(process.argv.includes("--stress")
    ? [vitestTier("stress", "stress.json", ["--config", "vitest.stress.config.ts"])]
    : []),
];

const results: { name: string; ok: boolean; seconds: number; counts: Counts | null }[] = [];
for (const step of steps) {
  console.info(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  let ok = true;
  for (const [cmd, ...args] of step.commands) {
    const run = spawnSync(cmd!, args, { stdio: "inherit", env });
    if (run.status !== 0) {
      ok = false;
      break;
    }
  }
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts: step.counts?.() ?? null });
}

// Plain words, not check marks, and one line alone in the form 'N passed, N failed': the
// closing line that counts every test for a log reader.
console.info("\n━━ summary ━━");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of results) {
  const detail = r.counts
    ? `, tests ${r.counts.passed}/${r.counts.passed + r.counts.failed}${r.counts.skipped ? ` (${r.counts.skipped} skipped)` : ""}`
    : "";
  console.info(`  ${r.name.padEnd(20)} ${r.ok ? "passed" : "FAILED"} in ${r.seconds.toFixed(1)} s${detail}`);
  if (r.counts) {
    passed += r.counts.passed;
    failed += r.counts.failed;
    skipped += r.counts.skipped;
  }
  if (!r.ok && (!r.counts || r.counts.failed === 0)) failed += 1; // a tier that broke without a test count
}
console.info(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
