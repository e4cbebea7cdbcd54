import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { debateArguments } from "@/db/schema";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search-query";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const find = (q: string, extra: Record<string, unknown> = {}) => readerCaller(db().db).search.query({ q, ...extra });

describe("search.query", () => {
  it("finds arguments, quotes and the article by words, with highlighted snippets", async () => {
    const r = await find("extraordinary circumstances");
    const kinds = new Set(r.hits.map((h) => h.kind));
    expect(kinds).toContain("quote");
    expect(kinds).toContain("document");
    const quote = r.hits.find((h) => h.id === "q-kaine-2021-02-26-not-constitutional")!;
    expect(quote).toMatchObject({
      title: "Tim Kaine",
      caseSlug: "2021-syria-border-strikes",
      anchorId: "anchor-q-kaine-2021-02-26-not-constitutional",
    });
    expect(quote.snippet).toContain(`${HIGHLIGHT_START}extraordinary${HIGHLIGHT_END}`);
    expect(r.fuzzy).toBe(false);
  });

  it("ranks the exact citation first for citation-shaped queries", async () => {
    expect((await find("1543(a)")).hits[0]).toMatchObject({ kind: "legal_source", id: "wpr-1543a" });
    expect((await find("§ 1543")).hits[0]).toMatchObject({ kind: "legal_source", id: "wpr-1543a" });
    expect((await find("§1543(a)")).hits[0]).toMatchObject({ kind: "legal_source", id: "wpr-1543a" });
    expect((await find("Prize Cases")).hits[0]).toMatchObject({ kind: "legal_source", id: "prize-cases" });
    const artII = await find("art. II");
    expect(artII.hits[0]?.kind).toBe("legal_source");
    expect(artII.hits[0]?.id).toMatch(/^const-art2/);
  });

  it("finds a quote or a source from a sentence copied with other quote marks, dashes and commas", async () => {
    const sentences: [string, string][] = [
      // Curly quote marks around it, its period kept or dropped, straight quote marks for a phrase.
      [
        "q-kaine-2021-02-26-not-constitutional",
        "\u201cOffensive military action without congressional approval is not constitutional absent extraordinary circumstances.\u201d",
      ],
      [
        "q-kaine-2021-02-26-not-constitutional",
        '"Offensive military action without congressional approval is not constitutional absent extraordinary circumstances"',
      ],
      // A curly apostrophe for the stored straight one, a comma dropped.
      [
        "q-austin-2021-02-25-confident-target",
        "I\u2019m confident in the target that we went after we know what we hit",
      ],
      ["q-biden-2021-02-26-impunity", "\u201cYou can\u2019t act with impunity. Be careful\u201d"],
      // The colon typed as an em dash, a hyphen or "--", which must not read as an exclusion.
      [
        "q-kirby-2021-02-25-unambiguous-message",
        "The operation sends an unambiguous message \u2014 President Biden will act to protect American and coalition personnel.",
      ],
      [
        "q-kirby-2021-02-25-unambiguous-message",
        "The operation sends an unambiguous message - President Biden will act to protect American and coalition personnel",
      ],
      [
        "q-kirby-2021-02-25-unambiguous-message",
        '"The operation sends an unambiguous message -- President Biden will act to protect American and coalition personnel"',
      ],
      // A hyphen typed for the stored one, as an en dash.
      [
        "q-kirby-2021-02-25-unambiguous-message-dod",
        "we have acted in a deliberate manner that aims to de\u2013escalate the overall situation in both eastern Syria and Iraq",
      ],
      // Legal sources' summaries.
      [
        "un-charter-art51",
        "Article 2(4) bars the threat or use of force against other states -- Article 51 keeps the inherent right of individual or collective self-defense",
      ],
      [
        "wpr-1544c",
        "Because such a resolution is never presented to the President INS v. Chadha casts doubt on this mechanism",
      ],
      [
        "youngstown",
        "Power is greatest with Congress\u2019s authorization, falls in a \u201czone of twilight\u201d when Congress is silent",
      ],
      ["sjres-10-117", "Kaine-Young Iraq AUMF repeal"],
    ];
    for (const [id, q] of sentences) {
      const r = await find(q);
      expect(r.hits[0], q).toMatchObject({ id, partial: false });
    }
  });

  it("ranks the legal source whose citation names the article a query names", async () => {
    expect((await find("Article 51 self-defense")).hits[0]).toMatchObject({
      kind: "legal_source",
      id: "un-charter-art51",
    });
    expect((await find("art. 51")).hits[0]).toMatchObject({ kind: "legal_source", id: "un-charter-art51" });
    // Found by its citation ("art. I") and the words beside the article, not by any art. I clause.
    const declare = await find("Article I declare war", { kind: "legal_source" });
    expect(declare.hits[0]?.id).toBe("const-art1-s8-c11");
    expect(declare.hits.map((h) => h.id)).not.toContain("const-art1-s8-c12-14");
    expect((await find("section 1543(a)")).hits[0]).toMatchObject({ kind: "legal_source", id: "wpr-1543a" });
  });

  it("finds a word inside a compound of a title, and ranks the row by that title", async () => {
    const r = await find("strikes", { kind: "event", pageSize: 50 });
    expect(r.hits.map((h) => h.id)).toContain("e-2021-02-25-strikes");
    expect((await find("Feb. 2021 strikes")).hits.slice(0, 3).map((h) => h.id)).toContain("e-2021-02-25-strikes");
    // A word under five letters is not looked for inside compounds: "airs" is not in "airstrikes".
    expect((await find("airs", { kind: "event" })).hits.map((h) => h.id)).not.toContain("e-2021-02-25-strikes");
  });

  it("understands websearch syntax: phrases, exclusion and or", async () => {
    const phrase = await find('"proportionate military response"');
    expect(phrase.hits.map((h) => h.id)).toContain("q-kirby-2021-02-25-proportionate-response");
    const all = await find("Kirby");
    const without = await find("Kirby -proportionate");
    expect(without.total).toBeLessThan(all.total);
    expect(without.hits.map((h) => h.id)).not.toContain("q-kirby-2021-02-25-proportionate-response");
    const either = await find("Youngstown or Chadha");
    expect(either.hits.filter((h) => h.kind === "legal_source").map((h) => h.id)).toEqual(
      expect.arrayContaining(["ins-v-chadha", "youngstown"]),
    );
    const onlyYoungstown = await find("Youngstown");
    expect(onlyYoungstown.hits.map((h) => h.id)).not.toContain("ins-v-chadha");
  });

  it("finds a name by its stem, and forgives a typo by trigram similarity when full text finds nothing", async () => {
    expect((await find("Kain")).hits[0]).toMatchObject({ kind: "actor", id: "kaine" });
    const r = await find("Kainne");
    expect(r.fuzzy).toBe(true);
    expect(r.hits[0]).toMatchObject({ kind: "actor", id: "kaine" });
    expect((await find("Youngstwon")).hits[0]).toMatchObject({ kind: "legal_source", id: "youngstown" });
  });

  it("counts facets by kind, case and source kind, and filters by them", async () => {
    const r = await find("war powers");
    const kindTotal = r.facets.kind.reduce((n, f) => n + f.count, 0);
    expect(kindTotal).toBe(r.total);
    expect(r.facets.case).toEqual([expect.objectContaining({ value: "2021-syria-border-strikes" })]);
    const sourcesOnly = await find("war powers", { kind: "legal_source" });
    expect(sourcesOnly.total).toBe(r.facets.kind.find((f) => f.value === "legal_source")?.count);
    expect(sourcesOnly.hits.every((h) => h.kind === "legal_source")).toBe(true);
    const bills = await find("war powers", { kind: "legal_source", sourceKind: "bill" });
    expect(bills.hits.every((h) => h.sourceKind === "bill")).toBe(true);
    const inCase = await find("war powers", { caseSlug: "2021-syria-border-strikes", kind: "legal_source" });
    expect(inCase.total).toBeGreaterThan(0);
    expect(inCase.total).toBeLessThanOrEqual(sourcesOnly.total);
  });

  it("pages through results without losing the total", async () => {
    const first = await find("strike", { pageSize: 5 });
    const second = await find("strike", { pageSize: 5, page: 2 });
    expect(first.total).toBeGreaterThan(5);
    expect(second.total).toBe(first.total);
    expect(second.hits.map((h) => h.id)).not.toEqual(first.hits.map((h) => h.id));
    const beyond = await find("strike", { pageSize: 5, page: 999 });
    expect(beyond).toMatchObject({ hits: [], total: first.total });
  });

  it("finds a legal source by the words of its key passages, quoting them in the snippet", async () => {
    const r = await find("lowest ebb", { kind: "legal_source" });
    expect(r.hits[0]).toMatchObject({ kind: "legal_source", id: "youngstown" });
    expect(r.hits[0]!.snippet).toContain(`${HIGHLIGHT_START}ebb${HIGHLIGHT_END}`);
    // A source matched by its own words and its passages' is one hit.
    const charter = await find("self-defence armed attack", { kind: "legal_source" });
    expect(charter.hits.filter((h) => h.id === "un-charter-art51")).toHaveLength(1);
  });

  it("answers a question no row holds every word of with rows holding most of them, marked partial", async () => {
    const r = await find("war powers 48 hour report deadline");
    expect(r.partial).toBe(true);
    expect(r.hits.slice(0, 3).map((h) => h.id)).toContain("a-report-consistent-with-wpr");
    expect(r.hits.every((h) => h.partial)).toBe(true);
    // A row holding every word comes first, unmarked.
    const kaine = await find("what did kaine say about extraordinary circumstances");
    expect(kaine.partial).toBe(true);
    expect(kaine.hits[0]!.partial).toBe(false);
    expect(kaine.hits.slice(0, 3).map((h) => h.id)).toContain("e-2021-02-26-kaine-statement");
    // Enough rows with every word: no partial rows at all.
    expect((await find("extraordinary circumstances")).partial).toBe(false);
    // A phrase, an exclusion or an "or" says exactly what is wanted.
    expect((await find('"deadline for the proportionate kaine"')).partial).toBe(false);
  });

  it("reads dates in a query: a date alone finds that time's items, and with words lifts them", async () => {
    const day = await find("February 27, 2021", { pageSize: 50 });
    expect(day.dated).toEqual({ from: "2021-02-27", to: "2021-02-27" });
    expect(day.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(["e-2021-02-27-war-powers-report", "e-2021-02-27-un-article-51-letter"]),
    );
    // Only what is dated, and dated then (the article is dated to the month, February 2021).
    expect(day.hits.every((h) => ["event", "quote", "legal_source", "document"].includes(h.kind))).toBe(true);
    expect(day.hits.map((h) => h.id)).not.toContain("e-2021-02-26-kaine-statement");
    const words = await find("war powers report February 27 2021");
    expect(words.hits.slice(0, 3).map((h) => h.id)).toContain("e-2021-02-27-war-powers-report");
    expect((await find("2002 Iraq AUMF")).dated).toBeNull();
  });

  it("gives a legal source's result its Bluebook citation", async () => {
    const r = await find("48-hour report", { kind: "legal_source" });
    expect(r.hits.find((h) => h.id === "wpr-1543a")?.citation).toBe("50 U.S.C. § 1543(a)");
    expect((await find("extraordinary circumstances", { kind: "quote" })).hits[0]!.citation).toBeNull();
  });

  it("counts the whole searches that found nothing, without personal data, for editors only", async () => {
    const editor = await signedIn(db().db, "editor");
    const misses = async () => (await editor.caller.search.misses({ limit: 200 })).map((m) => [m.query, m.count]);
    await find("Gulf of  Tonkin qzxv");
    await find("gulf of tonkin QZXV");
    await find("qzxv mail me at someone@example.org");
    // Not counted: a search that found something, one narrowed by a filter, a later page.
    await find("Prize Cases");
    await find("qzxv filtered", { kind: "quote" });
    await find("qzxv second page", { page: 2 });
    const counted = await misses();
    expect(counted).toContainEqual(["gulf of tonkin qzxv", 2]);
    expect(counted).toContainEqual(["qzxv mail me at [e-mail]", 1]);
    expect(counted.map(([q]) => q)).not.toContain("prize cases");
    expect(
      counted.map(([q]) => q).filter((q) => String(q).includes("filtered") || String(q).includes("second")),
    ).toEqual([]);
    expect(JSON.stringify(counted)).not.toContain("someone@example.org");
    await expect(readerCaller(db().db).search.misses({ limit: 5 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("leaves out what is not published", async () => {
    await db()
      .db.update(debateArguments)
      .set({ status: "draft" })
      .where(eq(debateArguments.id, "a-declare-war-clause-congress-decides"));
    try {
      const r = await find("Declare War Clause", { kind: "argument" });
      expect(r.hits.map((h) => h.id)).not.toContain("a-declare-war-clause-congress-decides");
    } finally {
      await db()
        .db.update(debateArguments)
        .set({ status: "published" })
        .where(eq(debateArguments.id, "a-declare-war-clause-congress-decides"));
    }
  });

  it("rejects an empty or overlong query with the field at fault", async () => {
    await expect(find("   ")).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/q/) });
    await expect(find("x".repeat(201))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(find("war", { kind: "nonsense" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
