/**
 * `npm start`: build the production app when the sources changed since the last build,
 * then serve it through scripts/serve.ts (Next behind a server that knows the client's
 * address). The server migrates the database and seeds an empty one as it starts
 * (instrumentation.ts), so this is all a newcomer needs.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const stampPath = path.join(root, ".next", "source-stamp");
const inputs = [
  "app",
  "server",
  "db",
  "lib",
  "drizzle",
  "public",
  "cache-handlers",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(full).sort()) yield* files(path.join(entry, name));
}

/** A digest of every build input's path and content. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  for (const entry of inputs)
    for (const file of files(entry))
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const stamp = sourceStamp();
const built =
  existsSync(path.join(root, ".next", "BUILD_ID")) &&
  existsSync(stampPath) &&
  readFileSync(stampPath, "utf8") === stamp;

if (!built) {
  console.info("Building the production app (first start, or the sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampPath, stamp);
}

// In this process: serve() handles SIGINT and SIGTERM as `next start` did.
process.env.NEXT_TELEMETRY_DISABLED = "1";
const { serve } = await import("./serve");
await serve({ dev: false });
