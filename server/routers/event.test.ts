import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();

describe("event.list", () => {
  it("lists the case's events in date order", async () => {
    const list = await readerCaller(db().db).event.list({ caseSlug: "2021-syria-border-strikes" });
    expect(list).toHaveLength(file.events.length);
    const dates = list.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(list[0]!.id).toBe("e-2019-12-27-k1-rocket-attack");
  });

  it("gives each event its actors, passages, sources and the arguments resting on it", async () => {
    const list = await readerCaller(db().db).event.list({ caseSlug: "2021-syria-border-strikes" });
    const strike = list.find((e) => e.id === "e-2021-02-25-strikes")!;
    expect(strike).toMatchObject({ kind: "use_of_force", datePrecision: "day", inArticle: true });
    expect(strike.timeZoneNote).toMatch(/1 a\.m\. on Feb\. 26 local time/);
    expect(strike.actors.map((a) => a.id)).toEqual([
      "biden",
      "austin",
      "dod",
      "kataib-hezbollah",
      "kataib-sayyid-al-shuhada",
    ]);
    expect(strike.anchors).toEqual([
      expect.objectContaining({
        documentId: "doc-2021-02-syria-strikes-article",
        start: 97,
        end: 216,
        exact: expect.stringMatching(/^seven, 500-pound/),
      }),
    ]);
    expect(strike.legalSources.map((s) => s.id)).toEqual([
      "const-art2-s2-c1",
      "un-charter-art51",
      "biden-wpr-letter-2021-02-27",
      "un-s-2021-202",
    ]);
    expect(strike.arguments.map((a) => a.id)).toEqual(
      file.arguments.filter((a) => a.events.includes("e-2021-02-25-strikes")).map((a) => a.id),
    );
    const drawdown = list.find((e) => e.id === "e-2020-11-17-iraq-drawdown")!;
    expect(drawdown.endDate).toBe("2021-01-15");
  });

  it("answers NOT_FOUND for an unknown case", async () => {
    await expect(readerCaller(db().db).event.list({ caseSlug: "no-case" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
