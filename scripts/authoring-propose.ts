/**
 * `npm run authoring:propose -- FILE [--date YYYY-MM-DD] [--library none|current]`: prints
 * what the authoring workspace would propose for a text file, as one JSON object on stdout
 * (lib/authoring/propose.ts; offsets in code points, end exclusive). `--library current`
 * (the default) matches against the configured database's actors and legal sources; on
 * PGlite the server must be stopped, as for the other db: commands. `--date` is the
 * document's date (default: today).
 */
import { readFileSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { getAuthoringLibrary } from "@/db/queries/authoring";
import { configuredTarget } from "@/db/target";
import { propose, type AuthoringLibrary } from "@/lib/authoring/propose";

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run authoring:propose -- FILE [--date YYYY-MM-DD] [--library none|current]`);
  process.exit(2);
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith("--")) usage(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
}

async function main() {
  const args = process.argv.slice(2);
  const date = flag(args, "--date") ?? new Date().toISOString().slice(0, 10);
  const which = flag(args, "--library") ?? "current";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    usage(`--date must be a day as YYYY-MM-DD, not "${date}".`);
  if (which !== "none" && which !== "current") usage(`--library must be none or current, not "${which}".`);
  const [file, ...rest] = args;
  if (!file || rest.length) usage(file ? `Unexpected arguments: ${rest.join(" ")}` : "Name the text file to read.");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    usage(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let library: AuthoringLibrary = { actors: [], sources: [] };
  if (which === "current") {
    const connection = openDatabase(configuredTarget());
    try {
      library = await getAuthoringLibrary(connection.db);
    } finally {
      await connection.close();
    }
  }
  process.stdout.write(`${JSON.stringify(propose(text, { date, library }), null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
