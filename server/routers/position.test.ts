import { describe, expect, it } from "vitest";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();

describe("position.byId", () => {
  it("gives holders, arguments with their counts, and the clashes the position takes a side in", async () => {
    const p = await readerCaller(db().db).position.byId({ id: "p-kaine-unconstitutional" });
    expect(p).toMatchObject({ stance: "unlawful", legalFrame: "domestic", caseSlug: "2021-syria-border-strikes" });
    expect(p.holders[0]).toEqual({
      id: "kaine",
      name: "Tim Kaine",
      kind: "person",
      role: expect.stringMatching(/Senator/),
    });
    const declare = p.arguments.find((a) => a.id === "a-declare-war-clause-congress-decides");
    expect(declare).toMatchObject({ citationCount: 3, eventCount: 1 });
    expect(p.clashes.map((c) => c.id)).toContain("c-consultation");
    expect(p.clashes.find((c) => c.id === "c-consultation")?.sides.map((s) => s.label)).toEqual([
      "No: notice to a few leaders is not consultation or approval",
    ]);
  });

  it("lists discussants apart from holders", async () => {
    const p = await readerCaller(db().db).position.byId({ id: "p-olc-broad-executive-power" });
    expect(p.holders.map((h) => h.id)).toEqual(["olc", "krass", "engel"]);
    expect(p.discussants.map((h) => h.id)).toEqual(["goldsmith", "pearlstein", "just-security"]);
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(readerCaller(db().db).position.byId({ id: "p-nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
