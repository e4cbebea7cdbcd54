import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/authoring-propose.ts", ...args],
    {
      encoding: "utf8",
    },
  );

describe("npm run authoring:propose", () => {
  it("prints one JSON object of proposals for a text file, without a database", () => {
    const out = run("lib/authoring/fixtures/harbor-strike.txt", "--date", "2024-01-16", "--library", "none");
    expect(out.status, out.stderr).toBe(0);
    const p = JSON.parse(out.stdout) as Record<string, { start: number; end: number }[]>;
    expect(Object.keys(p)).toEqual(["quotes", "citations", "events", "actors"]);
    expect(p.quotes!.length).toBe(5);
    expect(p.citations![0]).toMatchObject({ citation: "War Powers Resolution", sourceId: null });
    expect(p.quotes![0]).toMatchObject({ speaker: { name: "Dana Whitfield", actorId: null }, date: "2024-01-16" });
  });

  it("refuses a bad date, an unknown library and a missing file with a clear message", () => {
    expect(run("x.txt", "--date", "yesterday", "--library", "none").stderr).toMatch(
      /--date must be a day as YYYY-MM-DD/,
    );
    expect(run("x.txt", "--library", "some").stderr).toMatch(/--library must be none or current/);
    const missing = run("no-such-file.txt", "--library", "none");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read no-such-file.txt/);
  });
});
