import { describe, expect, it } from "vitest";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();

describe("actor.byId", () => {
  it("tells who said what and who holds what", async () => {
    const kaine = await readerCaller(db().db).actor.byId({ id: "kaine" });
    expect(kaine).toMatchObject({ name: "Tim Kaine", kind: "person", usState: "VA", affiliation: "Democratic Party" });
    expect(kaine.quotes.map((q) => q.id).sort()).toEqual([
      "q-kaine-2021-02-26-not-constitutional",
      "q-kaine-2021-02-26-statement",
    ]);
    expect(kaine.quotes.find((q) => q.id === "q-kaine-2021-02-26-not-constitutional")?.anchorId).toBe(
      "anchor-q-kaine-2021-02-26-not-constitutional",
    );
    expect(kaine.positions.map((p) => [p.id, p.role])).toEqual([
      ["p-kaine-unconstitutional", "holder"],
      ["p-repeal-and-reform", "holder"],
    ]);
    expect(kaine.events.map((e) => e.id)).toContain("e-2021-02-26-kaine-statement");
    expect(kaine.legalSources.map((s) => [s.id, s.role])).toEqual([
      ["sjres-68-116", "sponsor"],
      ["sjres-10-117", "sponsor"],
      ["s-316-118", "sponsor"],
    ]);
    expect(kaine.arguments.map((a) => a.id)).toEqual(["a-briefing-not-coming-to-congress"]);
  });

  it("keeps aliases for groups named several ways", async () => {
    const group = await readerCaller(db().db).actor.byId({ id: "saraya-awliya-al-dam" });
    expect(group.aliases).toContain("Saraya Alwiya al-Dam");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(readerCaller(db().db).actor.byId({ id: "nobody" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
