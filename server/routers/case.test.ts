import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cases, debateArguments } from "@/db/schema";
import { loadSeedContent } from "@/db/seed/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();
const slug = "2021-syria-border-strikes";

beforeAll(async () => {
  await db()
    .db.insert(cases)
    .values({ id: "draft-case", slug: "draft-case", title: "Draft", summary: "Not yet public." });
});

describe("case.list", () => {
  it("lists published cases only", async () => {
    const list = await readerCaller(db().db).case.list();
    expect(list.map((c) => c.slug)).toEqual([slug]);
    expect(list[0]).toMatchObject({ startDate: "2021-02-15", endDate: "2021-02-27" });
  });

  it("hides a soft-deleted case", async () => {
    await db().db.update(cases).set({ deletedAt: new Date() }).where(eq(cases.id, slug));
    expect(await readerCaller(db().db).case.list()).toEqual([]);
    await db().db.update(cases).set({ deletedAt: null }).where(eq(cases.id, slug));
  });
});

describe("case.bySlug", () => {
  it("returns the case with its article, positions, clashes, prompts and counts", async () => {
    const found = await readerCaller(db().db).case.bySlug({ slug });
    expect(found.title).toMatch(/Syria–Iraq Border/);
    expect(found.article).toEqual({
      id: "doc-2021-02-syria-strikes-article",
      title: "U.S. Strikes Iran-Backed Militia Facilities on the Syria–Iraq Border",
    });
    expect(found.nameVariants.Erbil).toEqual(["Irbil"]);
    expect(found.positions.map((p) => p.id)).toEqual(file.positions.map((p) => p.id));

    const kaine = found.positions[0]!;
    expect(kaine.stance).toBe("unlawful");
    expect(kaine.holders.map((h) => h.id)).toEqual(["kaine", "murphy", "sanders", "congressionalist-scholars"]);
    expect(kaine.arguments.map((a) => a.id)).toEqual(
      file.arguments.filter((a) => a.position === kaine.id).map((a) => a.id),
    );
    expect(found.positions.find((p) => p.id === "p-olc-broad-executive-power")?.discussants.map((d) => d.id)).toEqual([
      "goldsmith",
      "pearlstein",
      "just-security",
    ]);

    const consultation = found.clashes.find((c) => c.id === "c-consultation")!;
    expect(consultation.sides.map((s) => s.label)).toEqual([
      "Yes: the briefings met the obligation",
      "No: notice to a few leaders is not consultation or approval",
    ]);
    expect(consultation.sides[1]!.arguments.map((a) => a.id)).toEqual([
      "a-briefing-not-coming-to-congress",
      "a-declare-war-clause-congress-decides",
    ]);
    expect(consultation.sides[0]!.positions).toEqual([
      { id: "p-white-house-article-ii", title: expect.stringMatching(/Article II/) },
    ]);
    expect(found.prompts.find((p) => p.id === "dq-extraordinary-circumstances")?.clashIds).toEqual([
      "c-defense-or-retaliation",
      "c-article-ii-enough",
    ]);

    const citedSources = new Set(file.arguments.flatMap((a) => a.sources.map((s) => s.source)));
    expect(found.counts).toEqual({
      positions: 7,
      arguments: 29,
      legalSources: citedSources.size,
      events: 29,
      quotes: 20,
      clashes: 6,
      prompts: 8,
    });
  });

  it("leaves out an argument that is not published", async () => {
    await db()
      .db.update(debateArguments)
      .set({ status: "in_review" })
      .where(eq(debateArguments.id, "a-declare-war-clause-congress-decides"));
    try {
      const found = await readerCaller(db().db).case.bySlug({ slug });
      expect(found.counts.arguments).toBe(28);
      expect(found.positions[0]!.arguments.map((a) => a.id)).not.toContain("a-declare-war-clause-congress-decides");
      expect(found.clashes.flatMap((c) => c.sides.flatMap((s) => s.arguments.map((a) => a.id)))).not.toContain(
        "a-declare-war-clause-congress-decides",
      );
    } finally {
      await db()
        .db.update(debateArguments)
        .set({ status: "published" })
        .where(eq(debateArguments.id, "a-declare-war-clause-congress-decides"));
    }
  });

  it("answers NOT_FOUND for an unknown or unpublished slug", async () => {
    for (const s of ["no-such-case", "draft-case"]) {
      await expect(readerCaller(db().db).case.bySlug({ slug: s })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("answers BAD_REQUEST naming the field for a malformed slug", async () => {
    const error = await readerCaller(db().db)
      .case.bySlug({ slug: "Not A Slug!" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/slug/);
  });
});
