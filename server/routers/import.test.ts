import { and, count, eq, sql } from "drizzle-orm";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseExportData } from "@/db/queries/export";
import { withDrafts } from "@/db/queries/_shared";
import { actors, cases, revisions } from "@/db/schema";
import { CONTENT_TABLES } from "@/db/content-model";
import { canonicalHash } from "@/lib/export/canonical";
import { toCaseJson } from "@/lib/export/json";
import { ENTITIES } from "@/lib/curation/entities";
import { appRouter } from "../root";
import { readEntity } from "../services/curation/service";
import { SESSION_COOKIE } from "../services/auth";
import { ENTITY_OF } from "@/db/content-model";
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
      [
        "wrong types",
        JSON.stringify({ ...doc, arguments: [{ ...doc.arguments[0], claim: 42 }] }),
        /\/arguments\/0\/claim Invalid input: expected string/,
      ],
      [
        "dangling id",
        JSON.stringify({ ...doc, citations: [{ ...doc.citations[0], legalSourceId: "no-such-source" }] }),
        /not in the file's legalSources/,
      ],
      ["duplicate ids", JSON.stringify({ ...doc, positions: [doc.positions[0], doc.positions[0]] }), /duplicate id/],
      [
        "wrong format",
        JSON.stringify({ ...doc, format: "something-else/9" }),
        /\/format must be "war-powers-explorer\/1"/,
      ],
      ["10 MB", JSON.stringify({ ...doc, padding: "x".repeat(10 * 1024 * 1024) }), /larger than 5 MB/],
    ];
    for (const [name, text, message] of cases_) {
      const report = await editor.caller.curation.importCase({ text, dryRun: false });
      expect(report.ok, name).toBe(false);
      expect(report.problems.map((p) => `${p.path} ${p.message}`).join("\n"), name).toMatch(message);
      expect(
        report.problems.every((p) => p.path.startsWith("/")),
        name,
      ).toBe(true);
    }
    const dangling = await editor.caller.curation.importCase({
      text: JSON.stringify({
        ...doc,
        citations: [
          { ...doc.citations[0], legalSourceId: "x-1" },
          { ...doc.citations[1], argumentId: "x-2" },
        ],
      }),
      dryRun: true,
    });
    expect(dangling.problems.map((p) => p.path).sort()).toEqual([
      "/citations/0/legalSourceId",
      "/citations/1/argumentId",
    ]);
    expect(await caseCount()).toBe(before);
  });

  it("checks every row with the editor's field schemas: lengths, web addresses, choices, unknown properties, each with its path", async () => {
    const before = await caseCount();
    const doc = JSON.parse(exported);
    const bad = {
      ...doc,
      case: { ...doc.case, slug: "imported-bad", id: "imported-bad" },
      arguments: [
        { ...doc.arguments[0], claim: "x".repeat(1001) },
        { ...doc.arguments[1], version: 7, deletedAt: "2021-01-01T00:00:00Z" },
        ...doc.arguments.slice(2),
      ],
      documents: [{ ...doc.documents[0], url: "javascript:alert(document.cookie)" }],
      quotes: [{ ...doc.quotes[0], sourceUrl: "data:text/html,<script>alert(1)</script>" }, ...doc.quotes.slice(1)],
      legalSources: [
        { ...doc.legalSources[0], additionalUrls: ["https://example.org/ok", "file:///etc/passwd"] },
        ...doc.legalSources.slice(1),
      ],
      positions: [{ ...doc.positions[0], status: "published" }, ...doc.positions.slice(1)],
      positionActors: [{ ...doc.positionActors[0], role: "owner" }, ...doc.positionActors.slice(1)],
      events: [{ ...doc.events[0], place: "x".repeat(501) }, ...doc.events.slice(1)],
      unknownTable: [],
    };
    const report = await editor.caller.curation.importCase({ text: JSON.stringify(bad), dryRun: false });
    expect(report.ok).toBe(false);
    const byPath = Object.fromEntries(report.problems.map((p) => [p.path, p.message]));
    expect(byPath["/unknownTable"]).toMatch(/not part of a case file/);
    // The top level is checked before the rows; without it, every row problem is listed.
    const rows = await editor.caller.curation.importCase({
      text: JSON.stringify({ ...bad, unknownTable: undefined }),
      dryRun: false,
    });
    const paths = Object.fromEntries(rows.problems.map((p) => [p.path, p.message]));
    expect(paths).toMatchObject({
      "/arguments/0/claim": expect.stringMatching(/1000/),
      "/arguments/1/version": "is not a field of this item",
      "/arguments/1/deletedAt": "is not a field of this item",
      "/documents/0/url": "must be a web address starting with http:// or https://",
      "/quotes/0/sourceUrl": "must be a web address starting with http:// or https://",
      "/legalSources/0/additionalUrls/1": "must be a web address starting with http:// or https://",
      "/positions/0/status": "is not a field of this item",
      "/positionActors/0/role": expect.any(String),
      "/events/0/place": expect.stringMatching(/500/),
    });
    expect(rows.problems.every((p) => p.path.startsWith("/"))).toBe(true);
    expect(await caseCount()).toBe(before);
  });

  it("refuses deep nesting and huge arrays with a path, capping the list of problems", async () => {
    const doc = JSON.parse(exported);
    const deep = "[".repeat(500_000) + "]".repeat(500_000);
    const nested = `{"format":"war-powers-explorer/1","case":${JSON.stringify(doc.case)},"extra":${deep}}`;
    const inClaim = JSON.stringify({ ...doc, arguments: [{ ...doc.arguments[0], claim: "PLACEHOLDER" }] }).replace(
      '"PLACEHOLDER"',
      deep,
    );
    const huge = JSON.stringify({ ...doc, arguments: new Array(1_000_000).fill(0) });
    for (const [name, text, path] of [
      ["nested top level", nested, "/extra"],
      ["nested in a field", inClaim, "/arguments/0/claim"],
      ["a million items", huge, "/arguments/0"],
    ] as const) {
      const started = performance.now();
      const report = await editor.caller.curation.importCase({ text, dryRun: true });
      console.info(
        `import of ${name} (${(text.length / 1e6).toFixed(1)} MB) refused in ${Math.round(performance.now() - started)} ms with ${report.problems.length} problems listed`,
      );
      expect(report.ok, name).toBe(false);
      expect(
        report.problems.map((p) => p.path),
        name,
      ).toContain(path);
      expect(report.problems.length, name).toBeLessThanOrEqual(101);
    }
  });

  it("answers hostile request bodies over HTTP with 400 and the path at fault, never a 500", async () => {
    const post = (body: string) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request("http://localhost/api/trpc/curation.importCase", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            cookie: `${SESSION_COOKIE}=${encodeURIComponent(editor.token)}`,
          },
          body,
        }),
        router: appRouter,
        createContext: () => ({
          getDb: async () => db().db,
          headers: new Headers({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(editor.token)}` }),
        }),
      });
    const deep = "[".repeat(500_000) + "]".repeat(500_000);
    const cases: [string, string, number, RegExp][] = [
      ["deeply nested input", `{"json":{"text":${deep},"dryRun":true}}`, 400, /"fieldErrors":\{"text":/],
      [
        "a huge array as input",
        `{"json":{"text":[${new Array(500_000).fill(0).join(",")}],"dryRun":true}}`,
        400,
        /"fieldErrors":\{"text":/,
      ],
      [
        "a 21 MB file",
        JSON.stringify({ json: { text: "x".repeat(21 * 1024 * 1024), dryRun: true } }),
        400,
        /far too large/,
      ],
      [
        "a deeply nested file",
        JSON.stringify({ json: { text: `{"format":${deep}}`, dryRun: true } }),
        200,
        /"path":"\/format"/,
      ],
    ];
    for (const [name, body, status, shape] of cases) {
      const started = performance.now();
      const response = await post(body);
      const text = await response.text();
      console.info(
        `HTTP import of ${name} (${(body.length / 1e6).toFixed(1)} MB): ${response.status} in ${Math.round(performance.now() - started)} ms`,
      );
      expect(response.status, name).toBe(status);
      expect(text.slice(0, 2000), name).toMatch(shape);
    }
  });

  it("imports large tables in slices, each item with its revision", async () => {
    const doc = JSON.parse(exported);
    const empty = Object.fromEntries(
      Object.keys(doc)
        .filter((k) => Array.isArray(doc[k]))
        .map((k) => [k, []]),
    );
    const many = Array.from({ length: 8000 }, (_, i) => ({
      id: `many-actor-${i}`,
      name: `Actor number ${i}`,
      kind: "person",
      aliases: [],
    }));
    const file = {
      ...doc,
      ...empty,
      case: { id: "many-actors", slug: "many-actors", title: "Many actors", summary: "A case with many actors." },
      actors: many,
    };
    const started = performance.now();
    const report = await editor.caller.curation.importCase({ text: JSON.stringify(file), dryRun: false });
    console.info(
      `imported ${many.length} actors (about ${many.length * 9} values) in ${Math.round(performance.now() - started)} ms`,
    );
    expect(report).toMatchObject({ ok: true, created: { actors: 8000, cases: 1 } });
    const [written] = await db()
      .db.select({ n: count() })
      .from(revisions)
      .where(sql`${revisions.entityId} like 'many-actor-%'`);
    expect(written!.n).toBe(8000);
  });

  it("refuses a case that already exists", async () => {
    const report = await editor.caller.curation.importCase({ text: exported, dryRun: false });
    expect(report).toMatchObject({
      ok: false,
      problems: [{ path: "/case/id", message: expect.stringMatching(/already exists/) }],
    });
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
    const [drafts] = await db()
      .db.select({ n: count() })
      .from(cases)
      .where(sql`${cases.status} = 'draft'`);
    expect(drafts!.n).toBe(1);

    // Every imported item has its first revision, recording exactly what the editor would read back.
    const file = JSON.parse(exported);
    let items = 0;
    for (const [table, type] of Object.entries(ENTITY_OF)) {
      for (const row of table === "cases" ? [file.case] : (file[table] as { id: string }[])) {
        items++;
        const history = await db()
          .db.select({
            version: revisions.version,
            action: revisions.action,
            before: revisions.before,
            after: revisions.after,
            userId: revisions.userId,
          })
          .from(revisions)
          .where(and(eq(revisions.entityType, type), eq(revisions.entityId, row.id)));
        const current = (await readEntity(db().db, type, row.id))!;
        expect(history, `${type} ${row.id}`).toEqual([
          {
            version: 1,
            action: "create",
            before: null,
            after: { values: current.values, status: "draft", deleted: false },
            userId: editor.id,
          },
        ]);
        expect(Object.keys(current.values).sort()).toEqual(ENTITIES[type].fields.map((f) => f.name).sort());
      }
    }
    const [all] = await db()
      .db.select({ n: count() })
      .from(revisions)
      .where(eq(revisions.note, `Imported with case "${slug}"`));
    expect(all!.n).toBe(items);
  });
});

describe("importAif", () => {
  const aifDoc = {
    nodes: [
      { nodeID: "1", text: "Strikes deter further attacks.", type: "I" },
      { nodeID: "2", text: "Deterrence needs quick decisions.", type: "I" },
      { nodeID: "3", text: "Default Inference", type: "RA" },
      { nodeID: "4", text: "Quick strikes escalate.", type: "I" },
      { nodeID: "5", text: "Default Conflict", type: "CA" },
      { nodeID: "6", text: "Michael McCaul: Responses like this are a necessary deterrent.", type: "L" },
      { nodeID: "7", text: "Asserting", type: "YA" },
      { nodeID: "8", text: "Default Transition", type: "TA" },
    ],
    edges: [
      { edgeID: "1", fromID: "2", toID: "3" },
      { edgeID: "2", fromID: "3", toID: "1" },
      { edgeID: "3", fromID: "4", toID: "5" },
      { edgeID: "4", fromID: "5", toID: "1" },
      { edgeID: "5", fromID: "6", toID: "7" },
      { edgeID: "6", fromID: "7", toID: "1" },
    ],
    locutions: [{ nodeID: "6", personID: "1" }],
    participants: [{ participantID: "1", firstname: "Michael", surname: "McCaul" }],
  };
  const run = (doc: unknown, dryRun: boolean) =>
    editor.caller.curation.importAif({
      text: JSON.stringify(doc),
      caseSlug: "2021-syria-border-strikes",
      positionTitle: "From a class exercise",
      dryRun,
    });

  it("brings claims, support, attack and a quote in as a draft position, reporting node types it does not import", async () => {
    await editor.caller.curation
      .create({ type: "actor", values: { name: "Michael McCaul", kind: "person" } })
      .catch(() => undefined);
    const dry = await run(aifDoc, true);
    expect(dry).toMatchObject({ ok: true, created: { positions: 1, arguments: 3, relations: 2, quotes: 1 } });
    expect(dry.skipped).toEqual([
      expect.objectContaining({ path: "/nodes/7", message: expect.stringMatching(/TA-node 8/) }),
    ]);
    const done = await run(aifDoc, false);
    expect(done.ok).toBe(true);
    const position = await editor.caller.preview.position({ id: done.positionId! });
    expect(position.arguments.map((a) => a.claim)).toEqual([
      "Strikes deter further attacks.",
      "Deterrence needs quick decisions.",
      "Quick strikes escalate.",
    ]);
    const main = await editor.caller.preview.argument({ id: position.arguments[0]!.id });
    expect(main.relations.incoming.map((r) => r.kind).sort()).toEqual(["rebuts", "supports"]);
    expect(main.quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ["Responses like this are a necessary deterrent.", "Michael McCaul"],
    ]);
  });

  it("refuses a graph that breaks AIF's rules, writing nothing", async () => {
    const before = (await editor.caller.curation.list({ type: "argument", text: "Orphan claim" })).total;
    const broken = {
      ...aifDoc,
      nodes: [
        ...aifDoc.nodes,
        { nodeID: "9", text: "Orphan claim", type: "I" },
        { nodeID: "10", text: "Default Inference", type: "RA" },
      ],
      edges: [
        ...aifDoc.edges,
        { edgeID: "7", fromID: "10", toID: "1" },
        { edgeID: "8", fromID: "10", toID: "9" },
        { edgeID: "9", fromID: "99", toID: "1" },
      ],
    };
    const report = await run(broken, false);
    expect(report.ok).toBe(false);
    const messages = report.problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/RA-node 10 has no premise/),
        expect.stringMatching(/exactly one conclusion, has 2/),
        expect.stringMatching(/\/edges\/8\/fromID no node "99"/),
      ]),
    );
    expect((await editor.caller.curation.list({ type: "argument", text: "Orphan claim" })).total).toBe(before);
    expect((await run({ nodes: "nope" }, true)).problems[0]!.path).toBe("/nodes");
  });

  it("matches speakers by their exact name (case aside), so % and _ in a name match only themselves", async () => {
    await editor.caller.curation
      .create({ type: "actor", values: { name: "Michael McCaul", kind: "person" } })
      .catch(() => undefined);
    const speaking = (firstname: string, surname: string) => ({
      ...aifDoc,
      participants: [{ participantID: "1", firstname, surname }],
      nodes: aifDoc.nodes.map((n) =>
        n.nodeID === "6"
          ? { ...n, text: `${firstname} ${surname}: Responses like this are a necessary deterrent.` }
          : n,
      ),
    });
    expect((await run(speaking("Michael", "%"), true)).created.actors).toBe(1);
    expect((await run(speaking("M_chael", "McCaul"), true)).created.actors).toBe(1);
    expect((await run(speaking("michael", "mccaul"), true)).created.actors).toBe(0);
    const [match] = await db().db.select({ n: count() }).from(actors).where(eq(actors.name, "Michael %"));
    expect(match!.n).toBe(0);
  });

  it("checks every item with the editor's field schemas before writing anything", async () => {
    const before = (await editor.caller.curation.list({ type: "quote" })).total;
    const doc = {
      ...aifDoc,
      nodes: aifDoc.nodes.map((n) =>
        n.nodeID === "1"
          ? { ...n, text: "x".repeat(1001) }
          : n.nodeID === "6"
            ? { ...n, text: `Michael McCaul: ${"y".repeat(5001)}` }
            : n,
      ),
      participants: [...aifDoc.participants, { participantID: "2", firstname: "z".repeat(600), surname: "" }],
      locutions: [...aifDoc.locutions, { nodeID: "6", personID: "2" }],
    };
    const report = await run(doc, false);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { path: "/nodes/0/text", message: expect.stringMatching(/^claim: .*1000/) },
        { path: "/nodes/5/text", message: expect.stringMatching(/^text: .*5000/) },
        { path: "/participants/1", message: expect.stringMatching(/^name: .*500/) },
      ]),
    );
    expect((await editor.caller.curation.list({ type: "quote" })).total).toBe(before);
  });
});
