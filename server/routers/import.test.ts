import { count, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseExportData } from "@/db/queries/export";
import { withDrafts } from "@/db/queries/_shared";
import { cases } from "@/db/schema";
import { CONTENT_TABLES } from "@/db/tables";
import { canonicalHash } from "@/lib/export/canonical";
import { toCaseJson } from "@/lib/export/json";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const slug = "2021-syria-border-strikes";
let exported: string;
let editor: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn(db().db, "editor");
  exported = JSON.stringify(toCaseJson(await readerCaller(db().db).export.caseData({ slug })));
});

async function caseCount() {
  const [row] = await db().db.select({ n: count() }).from(cases);
  return row!.n;
}

/** Removes every content row (in reverse foreign-key order), as a fresh database would be. */
async function wipeContent() {
  for (const table of Object.values(CONTENT_TABLES).reverse()) await db().db.delete(table);
}

describe("importCase", () => {
  it("refuses malformed files with every problem and its path, writing nothing", async () => {
    const before = await caseCount();
    const doc = JSON.parse(exported);
    const cases_: [string, string, RegExp][] = [
      ["truncated JSON", exported.slice(0, 5000), /not valid JSON/],
      ["wrong types", JSON.stringify({ ...doc, arguments: [{ ...doc.arguments[0], claim: 42 }] }), /must be string/],
      ["dangling id", JSON.stringify({ ...doc, citations: [{ ...doc.citations[0], legalSourceId: "no-such-source" }] }), /not in the file's legalSources/],
      ["duplicate ids", JSON.stringify({ ...doc, positions: [doc.positions[0], doc.positions[0]] }), /duplicate id/],
      ["wrong format", JSON.stringify({ ...doc, format: "something-else/9" }), /constant/],
      ["10 MB", JSON.stringify({ ...doc, padding: "x".repeat(10 * 1024 * 1024) }), /larger than 5 MB/],
    ];
    for (const [name, text, message] of cases_) {
      const report = await editor.caller.curation.importCase({ text, dryRun: false });
      expect(report.ok, name).toBe(false);
      expect(report.problems.map((p) => `${p.path} ${p.message}`).join("\n"), name).toMatch(message);
      expect(report.problems.every((p) => p.path.startsWith("/")), name).toBe(true);
    }
    const dangling = await editor.caller.curation.importCase({ text: JSON.stringify({ ...doc, citations: [{ ...doc.citations[0], legalSourceId: "x-1" }, { ...doc.citations[1], argumentId: "x-2" }] }), dryRun: true });
    expect(dangling.problems.map((p) => p.path).sort()).toEqual(["/citations/0/legalSourceId", "/citations/1/argumentId"]);
    expect(await caseCount()).toBe(before);
  });

  it("refuses a case that already exists", async () => {
    const report = await editor.caller.curation.importCase({ text: exported, dryRun: false });
    expect(report).toMatchObject({ ok: false, problems: [{ path: "/case/id", message: expect.stringMatching(/already exists/) }] });
  });

  it("round-trips: export, wipe, import reproduces identical content, as drafts", async () => {
    const before = canonicalHash(JSON.parse(exported));
    await wipeContent();
    expect(await caseCount()).toBe(0);

    const dry = await editor.caller.curation.importCase({ text: exported, dryRun: true });
    expect(dry.ok).toBe(true);
    expect(dry.created.arguments).toBe(JSON.parse(exported).arguments.length);
    expect(await caseCount()).toBe(0);

    const report = await editor.caller.curation.importCase({ text: exported, dryRun: false });
    expect(report.ok).toBe(true);
    await expect(readerCaller(db().db).case.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" }); // drafts, not public yet
    const reread = await withDrafts(() => getCaseExportData(db().db, slug));
    expect(canonicalHash(toCaseJson(reread!))).toBe(before);
    const [drafts] = await db().db.select({ n: count() }).from(cases).where(sql`${cases.status} = 'draft'`);
    expect(drafts!.n).toBe(1);
  });
});
