/**
 * Database chores against the configured database (DATABASE_URL, else embedded PGlite):
 *   npm run db:migrate           apply committed migrations
 *   npm run db:seed              insert the seed content that is missing (idempotent)
 *   npm run db:reset [-- --yes]  wipe everything, migrate, seed (asks first)
 */
import { createInterface } from "node:readline/promises";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { configuredTarget, describeTarget } from "@/db/target";

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(question);
  rl.close();
  return answer.trim().toLowerCase() === "yes";
}

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !["migrate", "seed", "reset"].includes(command)) {
    console.error("Usage: tsx scripts/db.ts migrate | seed | reset [--yes]");
    process.exit(2);
  }
  const target = configuredTarget();
  const where = describeTarget(target);

  if (command === "reset" && !flags.includes("--yes")) {
    const ok = await confirm(
      `This deletes ALL data in ${where}, then migrates and seeds it again.\nType "yes" to continue: `,
    );
    if (!ok) {
      console.error("Reset cancelled; nothing was changed. (Pass --yes to skip this question.)");
      process.exit(1);
    }
  }

  const connection = openDatabase(target);
  try {
    if (command === "reset") {
      await connection.db.execute(sql`drop schema if exists drizzle cascade`);
      await connection.db.execute(sql`drop schema public cascade`);
      await connection.db.execute(sql`create schema public`);
      console.info(`Wiped ${where}.`);
    }
    await connection.migrate();
    console.info(`Migrations applied to ${where}.`);
    if (command !== "migrate") {
      const report = await seedDatabase(connection.db);
      const total = Object.values(report).reduce((a, b) => a + b, 0);
      console.info(
        total
          ? `Seeded ${where}: ${JSON.stringify(report)}`
          : `Seed content already present in ${where}; nothing inserted.`,
      );
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
