import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();
const caseSlug = "2021-syria-border-strikes";
const kaine = "p-kaine-unconstitutional";
const whiteHouse = "p-white-house-article-ii";
const compare = (positionIds: string[], extra: { order?: number; blind?: boolean } = {}) =>
  readerCaller(db().db).compare.positions({ caseSlug, positionIds, ...extra });

describe("compare.positions", () => {
  it("aligns the positions' arguments by clash, then lists the rest", async () => {
    const { comparison } = await compare([kaine, whiteHouse], { order: 3 });
    const col = (id: string) => comparison.columns.findIndex((c) => c.positionId === id);
    const consultation = comparison.rows.find((r) => r.clashId === "c-consultation")!;
    const clash = file.clashes.find((c) => c.id === "c-consultation")!;
    const onSide = (positionId: string) =>
      file.arguments
        .filter((a) => a.position === positionId && clash.sides.some((s) => s.arguments.includes(a.id)))
        .map((a) => a.id);
    expect(consultation.cells[col(kaine)]!.map((a) => a.id)).toEqual(onSide(kaine));
    expect(consultation.cells[col(whiteHouse)]!.map((a) => a.id)).toEqual(onSide(whiteHouse));
    expect(consultation.cells[col(whiteHouse)]![0]!.sideLabel).toBe("Yes: the briefings met the obligation");
    // Every argument of both positions appears exactly once in the first row it belongs to, or among the rest.
    const shown = [...comparison.rows.flatMap((r) => r.cells.flat()), ...comparison.others.flat()].map((a) => a.id);
    const expected = file.arguments.filter((a) => a.position === kaine || a.position === whiteHouse).map((a) => a.id);
    expect([...new Set(shown)].sort()).toEqual([...expected].sort());
  });

  it("marks legal sources both sides cite, and where they read them differently", async () => {
    const { comparison } = await compare([kaine, whiteHouse]);
    const letter = comparison.sharedSources.find((s) => s.sourceId === "biden-wpr-letter-2021-02-27");
    expect(letter).toBeDefined();
    expect(letter!.uses.every((u) => u.length > 0)).toBe(true);
    for (const s of comparison.sharedSources) {
      expect(s.readDifferently).toBe(new Set(s.uses.flat().map((u) => u.use)).size > 1);
    }
    // Kaine's position relies on The Prize Cases where the OLC reading distinguishes it.
    const withOlc = await compare([kaine, "p-olc-broad-executive-power"]);
    const prize = withOlc.comparison.sharedSources.find((s) => s.sourceId === "prize-cases")!;
    expect(prize.readDifferently).toBe(true);
    expect(withOlc.comparison.sharedSources[0]!.readDifferently).toBe(true); // read differently first
  });

  it("counts each side's sources by kind", async () => {
    const { comparison } = await compare([kaine, whiteHouse]);
    for (const column of comparison.columns) {
      const cited = new Set(
        file.arguments.filter((a) => a.position === column.positionId).flatMap((a) => a.sources.map((s) => s.source)),
      );
      expect(column.balance.total).toBe(cited.size);
      expect(Object.values(column.balance.byKind).reduce((a, b) => a + b, 0)).toBe(cited.size);
    }
  });

  it("in blind mode strips holders, titles, speakers and position ids on the server", async () => {
    const result = await compare([kaine, whiteHouse, "p-dod-proportionate-self-defense"], { blind: true, order: 7 });
    expect(result.allPositions).toEqual([]);
    expect(result.comparison.columns.map((c) => c.label)).toEqual(["Position A", "Position B", "Position C"]);
    for (const c of result.comparison.columns)
      expect(c).toMatchObject({ positionId: null, title: "", summary: "", holders: [] });
    const quotes = [
      ...result.comparison.rows.flatMap((r) => r.cells.flat()),
      ...result.comparison.others.flat(),
    ].flatMap((a) => a.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q).toMatchObject({ speaker: null, speakerId: null });
    const json = JSON.stringify(result);
    for (const name of ["Tim Kaine", "Jen Psaki", "John F. Kirby", "Lloyd Austin", kaine, whiteHouse])
      expect(json).not.toContain(name);
  });

  it("orders columns by the seed, the same way every time", async () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 12; seed++)
      orders.add((await compare([kaine, whiteHouse], { order: seed })).comparison.columns[0]!.positionId!);
    expect(orders).toEqual(new Set([kaine, whiteHouse]));
    const a = await compare([kaine, whiteHouse], { order: 5 });
    const b = await compare([kaine, whiteHouse], { order: 5 });
    expect(a.comparison.columns.map((c) => c.positionId)).toEqual(b.comparison.columns.map((c) => c.positionId));
  });

  it("rejects one position, five, duplicates, and positions from elsewhere", async () => {
    await expect(compare([kaine])).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/at least two/),
    });
    await expect(compare([kaine, kaine])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(compare(file.positions.slice(0, 5).map((p) => p.id))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(compare([kaine, "p-nobody"])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
