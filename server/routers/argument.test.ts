import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { argumentRelations, debateArguments } from "@/db/schema";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();

describe("argument.byId", () => {
  it("sets beside each citation the source's key passages whose pinpoints it falls within", async () => {
    const caller = readerCaller(db().db);
    const ebb = await caller.argument.byId({ id: "a-youngstown-lowest-ebb" });
    const cited = ebb.citations.find((c) => c.source.id === "youngstown")!;
    // Cited "at 635–38 (Jackson, J., concurring)": both passages, at 635 and at 637–38.
    expect(cited.passages.map((p) => p.id)).toEqual(["youngstown-passage-1", "youngstown-passage-2"]);
    expect(ebb.citations.find((c) => c.source.id === "wpr")!.passages).toEqual([]);
    // Cited at § 1541(c)(3): inside the passage at § 1541(c).
    const report = await caller.argument.byId({ id: "a-report-consistent-with-wpr" });
    expect(report.citations.find((c) => c.source.id === "wpr-1541c")!.passages.map((p) => p.pinpoint)).toEqual([
      "§ 1541(c)",
    ]);
    // Another clause of the same article is not this one.
    const declare = await caller.argument.byId({ id: "a-declare-war-clause-congress-decides" });
    expect(declare.citations.find((c) => c.source.id === "const-art1-s8-c11")!.passages).toHaveLength(1);
    expect(declare.citations.find((c) => c.source.id === "const-art1-s8-c12-14")!.passages).toEqual([]);
  });

  it("gives the claim, its position, and the law it rests on in Bluebook form with pinpoints", async () => {
    const a = await readerCaller(db().db).argument.byId({ id: "a-declare-war-clause-congress-decides" });
    expect(a.claim).toMatch(/^The Declare War Clause gives Congress/);
    expect(a).toMatchObject({ positionId: "p-kaine-unconstitutional", caseSlug: "2021-syria-border-strikes" });
    expect(a.citations.map((c) => [c.formatted, c.use])).toEqual([
      ["U.S. Const. art. I, § 8, cl. 11", "relies_on"],
      ["U.S. Const. art. I, § 8, cls. 12–14", "relies_on"],
      ["The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863)", "relies_on"],
    ]);
    expect(a.citations[2]).toMatchObject({
      pinpoint: "at 668",
      source: { id: "prize-cases", kind: "case", shortTitle: expect.any(String) },
    });
    expect(a.events.map((e) => e.id)).toEqual(["e-2021-02-25-strikes"]);
  });

  it("gives its quotes, anchored where they stand in the article", async () => {
    const a = await readerCaller(db().db).argument.byId({ id: "a-declare-war-clause-congress-decides" });
    const [inArticle, fullStatement] = a.quotes;
    expect(inArticle).toMatchObject({
      id: "q-kaine-2021-02-26-not-constitutional",
      speaker: { id: "kaine", name: "Tim Kaine" },
      anchor: {
        documentId: "doc-2021-02-syria-strikes-article",
        start: 872,
        end: 986,
        prefix: "strikes in a statement saying, “",
        resolution: { status: "position", start: 872, end: 986 },
      },
    });
    expect(fullStatement).toMatchObject({
      id: "q-kaine-2021-02-26-statement",
      anchor: null,
      reportedBy: expect.stringMatching(/kaine\.senate\.gov/),
    });
  });

  it("shows relations both ways, including edges from positions and to events", async () => {
    const suffices = await readerCaller(db().db).argument.byId({ id: "a-article-ii-suffices" });
    expect(suffices.relations.incoming.map((r) => [r.kind, r.source.type, r.source.id])).toEqual([
      ["rebuts", "argument", "a-declare-war-clause-congress-decides"],
      ["supports", "position", "p-olc-broad-executive-power"],
      ["supports", "argument", "a-strike-passes-olc-test"],
      ["supports", "argument", "a-swift-decisive-action"],
    ]);
    // A tree: what rebuts the supporting OLC-test argument appears beneath it.
    const olcTest = suffices.relations.incoming.find((r) => r.source.id === "a-strike-passes-olc-test")!;
    expect(olcTest.children.map((c) => [c.kind, c.end.id])).toEqual([
      ["rebuts", "a-declare-war-clause-congress-decides"],
    ]);
    const declare = await readerCaller(db().db).argument.byId({ id: "a-declare-war-clause-congress-decides" });
    expect(declare.relations.outgoing.map((r) => [r.kind, r.target.id])).toEqual([
      ["rebuts", "a-article-ii-suffices"],
      ["rebuts", "a-strike-passes-olc-test"],
    ]);
    const noStatute = await readerCaller(db().db).argument.byId({ id: "a-no-statute-authorizes" });
    expect(noStatute.relations.outgoing).toEqual([
      expect.objectContaining({
        kind: "rebuts",
        target: { type: "event", id: "e-2020-02-14-section-1264-notice", label: expect.any(String) },
      }),
    ]);
    const report = await readerCaller(db().db).argument.byId({ id: "a-report-consistent-with-wpr" });
    expect(report.relations.outgoing.map((r) => r.kind)).toEqual(["undercuts", "rebuts"]);
    expect(report.citations.map((c) => c.formatted)).toContain("50 U.S.C. § 1541(c)(3)");
  });

  it("hides relations and arguments that are not published", async () => {
    await db()
      .db.update(debateArguments)
      .set({ status: "draft" })
      .where(eq(debateArguments.id, "a-strike-passes-olc-test"));
    await db()
      .db.update(argumentRelations)
      .set({ deletedAt: new Date() })
      .where(eq(argumentRelations.fromPositionId, "p-olc-broad-executive-power"));
    try {
      const suffices = await readerCaller(db().db).argument.byId({ id: "a-article-ii-suffices" });
      expect(suffices.relations.incoming.map((r) => r.source.id)).toEqual([
        "a-declare-war-clause-congress-decides",
        "a-swift-decisive-action",
      ]);
      await expect(readerCaller(db().db).argument.byId({ id: "a-strike-passes-olc-test" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    } finally {
      await db()
        .db.update(debateArguments)
        .set({ status: "published" })
        .where(eq(debateArguments.id, "a-strike-passes-olc-test"));
      await db()
        .db.update(argumentRelations)
        .set({ deletedAt: null })
        .where(eq(argumentRelations.fromPositionId, "p-olc-broad-executive-power"));
    }
  });

  it("answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one", async () => {
    await expect(readerCaller(db().db).argument.byId({ id: "a-nothing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readerCaller(db().db).argument.byId({ id: "A B" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("argument versions", () => {
  it("keep each published version at its own number, say which is current, and go with the argument", async () => {
    const { db: d } = db();
    const admin = await signedIn(d, "admin");
    const reader = readerCaller(d, "198.51.100.61");
    const draft = await admin.caller.curation.create({
      type: "argument",
      values: { positionId: "p-kaine-unconstitutional", claim: "First words.", explanation: "First reasons." },
    });
    await expect(reader.argument.versions({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const v2 = await admin.caller.curation.transition({
      type: "argument",
      id: draft.id,
      baseVersion: 1,
      to: "published",
    });
    const v3 = await admin.caller.curation.update({
      type: "argument",
      id: draft.id,
      baseVersion: v2.version,
      values: { ...v2.values, claim: "Second words." },
    });
    expect((await reader.argument.versions({ id: draft.id })).map((v) => [v.version, v.current])).toEqual([
      [2, false],
      [3, true],
    ]);
    const old = await reader.argument.version({ id: draft.id, version: 2 });
    expect(old).toMatchObject({
      claim: "First words.",
      explanation: "First reasons.",
      isCurrent: false,
      currentVersion: 3,
    });
    expect(old.position?.id).toBe("p-kaine-unconstitutional");
    expect(await reader.argument.version({ id: draft.id, version: v3.version })).toMatchObject({
      claim: "Second words.",
      isCurrent: true,
    });
    // The draft it started as was never published: it has no address.
    await expect(reader.argument.version({ id: draft.id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A seeded argument, published before revisions were kept, has its current version.
    expect(await reader.argument.versions({ id: "a-youngstown-lowest-ebb" })).toMatchObject([
      { version: 1, current: true },
    ]);

    await admin.caller.curation.transition({ type: "argument", id: draft.id, baseVersion: v3.version, to: "draft" });
    await expect(reader.argument.version({ id: draft.id, version: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
