import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();

describe("legalSource.list", () => {
  it("lists every published source, constitution first, with citation counts", async () => {
    const { items, total } = await readerCaller(db().db).legalSource.list({});
    expect(total).toBe(file.legal_sources.length);
    expect(items[0]!.kind).toBe("constitution");
    const prize = items.find((s) => s.id === "prize-cases");
    expect(prize?.citationCount).toBe(
      file.arguments.flatMap((a) => a.sources).filter((s) => s.source === "prize-cases").length,
    );
  });

  it("filters by kind and by words in the title, citation or summary", async () => {
    const caller = readerCaller(db().db);
    const onlyCases = await caller.legalSource.list({ kind: "case" });
    expect(onlyCases.total).toBe(file.legal_sources.filter((s) => s.kind === "case").length);
    expect(onlyCases.items.every((s) => s.kind === "case")).toBe(true);
    expect((await caller.legalSource.list({ text: "Prize" })).items.map((s) => s.id)).toEqual(["prize-cases"]);
    const pinned = await caller.legalSource.list({ text: "1543(a)" });
    expect(pinned.items[0]!.id).toBe("wpr-1543a");
    for (const s of pinned.items) {
      const seed = file.legal_sources.find((x) => x.id === s.id)!;
      expect(`${seed.citation} ${seed.summary}`).toContain("1543(a)");
    }
    expect((await caller.legalSource.list({ text: "war powers", kind: "statute" })).items.map((s) => s.id)).toContain(
      "wpr",
    );
    expect((await caller.legalSource.list({ text: "H.J. Res. 542" })).items.map((s) => s.id)).toEqual(["wpr"]);
  });

  it("treats LIKE wildcards in the text literally", async () => {
    expect((await readerCaller(db().db).legalSource.list({ text: "%" })).total).toBe(0);
    expect((await readerCaller(db().db).legalSource.list({ text: "_" })).total).toBe(0);
  });

  it("pages with limit and offset", async () => {
    const caller = readerCaller(db().db);
    const all = await caller.legalSource.list({ limit: 500 });
    const page = await caller.legalSource.list({ limit: 5, offset: 5 });
    expect(page.items.map((s) => s.id)).toEqual(all.items.slice(5, 10).map((s) => s.id));
    expect(page.total).toBe(all.total);
  });

  it("rejects a bad filter with the field at fault", async () => {
    await expect(readerCaller(db().db).legalSource.list({ kind: "blog" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/kind/),
    });
    await expect(readerCaller(db().db).legalSource.list({ limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("legalSource.byId", () => {
  it("gives a source's key passages verbatim, in order, each with its pinpoint citation and opinion", async () => {
    const youngstown = await readerCaller(db().db).legalSource.byId({ id: "youngstown" });
    const seed = file.legal_sources.find((s) => s.id === "youngstown")!.key_passages;
    expect(youngstown.keyPassages.map((p) => p.text)).toEqual(seed.map((p) => p.text));
    expect(youngstown.keyPassages[1]).toMatchObject({
      id: "youngstown-passage-2",
      pinpoint: "at 637–38",
      opinion: "Jackson, J., concurring",
      citation: "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579, 637–38 (1952) (Jackson, J., concurring)",
    });
    expect((await readerCaller(db().db).legalSource.byId({ id: "wpr-1543a" })).keyPassages).toEqual([]);
  });

  it("shows a statute's provisions and everything citing it or them, grouped by case and position", async () => {
    const wpr = await readerCaller(db().db).legalSource.byId({ id: "wpr" });
    expect(wpr.citation).toBe(
      "War Powers Resolution, Pub. L. No. 93-148, 87 Stat. 555 (1973) (codified as amended at 50 U.S.C. §§ 1541–1548)",
    );
    expect(wpr.children.map((c) => c.id)).toEqual(
      file.legal_sources
        .filter((s) => s.parent === "wpr")
        .map((s) => s.id)
        .sort(),
    );
    expect(wpr.citedBy).toHaveLength(1);
    const [syria] = wpr.citedBy;
    expect(syria!.caseSlug).toBe("2021-syria-border-strikes");
    const white = syria!.positions.find((p) => p.id === "p-white-house-article-ii")!;
    const report = white.arguments.find((a) => a.id === "a-report-consistent-with-wpr")!;
    expect(report.citations.map((c) => [c.sourceId, c.formatted, c.use])).toEqual([
      ["wpr-1543a", "50 U.S.C. § 1543(a)", "relies_on"],
      ["wpr-1547d", "50 U.S.C. § 1547(d)", "relies_on"],
      ["wpr-1544b", "50 U.S.C. § 1544(b)", "distinguishes"],
      ["wpr-1541c", "50 U.S.C. § 1541(c)(3)", "relies_on"],
    ]);
  });

  it("answers which arguments cite a provision, with its parent", async () => {
    const p = await readerCaller(db().db).legalSource.byId({ id: "wpr-1543a" });
    expect(p.parent).toEqual({
      id: "wpr",
      shortTitle: expect.any(String),
      citation: expect.stringMatching(/^War Powers Resolution/),
    });
    expect(p.actSection).toBe("WPR § 4(a)");
    const citing = p.citedBy.flatMap((c) => c.positions.flatMap((pos) => pos.arguments.map((a) => a.id)));
    expect(citing).toEqual(
      file.arguments.filter((a) => a.sources.some((s) => s.source === "wpr-1543a")).map((a) => a.id),
    );
    expect(p.events.map((e) => e.id)).toEqual(["e-2021-02-27-war-powers-report"]);
  });

  it("links repeals, sponsors, authors and legislative history", async () => {
    const caller = readerCaller(db().db);
    const aumf = await caller.legalSource.byId({ id: "aumf-2002-iraq" });
    expect(aumf.legalStatus).toBe("repealed");
    expect(aumf.repealedBy?.id).toBe("ndaa-fy2026");
    const sjres = await caller.legalSource.byId({ id: "sjres-68-116" });
    expect(sjres.sponsors).toEqual([{ id: "kaine", name: "Tim Kaine" }]);
    expect(sjres.history.map((h) => h.date)).toEqual(["2020-02-13", "2020-03-11", "2020-05-06", "2020-05-07"]);
    const letter = await caller.legalSource.byId({ id: "biden-wpr-letter-2021-02-27" });
    expect(letter.authors.map((a) => a.id)).toEqual(["biden"]);
    expect(letter.addressees.map((a) => a.id)).toEqual(["pelosi", "leahy"]);
    expect(letter.unconfirmed).toEqual(["url", "dcpd_number"]);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(readerCaller(db().db).legalSource.byId({ id: "no-such-law" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
