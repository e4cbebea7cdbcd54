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

describe("event.byId", () => {
  it("gives one event its case, what the timeline shows of it, and the quotes about it", async () => {
    const strike = await readerCaller(db().db).event.byId({ id: "e-2021-02-25-strikes" });
    expect(strike).toMatchObject({
      id: "e-2021-02-25-strikes",
      caseSlug: "2021-syria-border-strikes",
      kind: "use_of_force",
      updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(strike.caseTitle).toMatch(/Syria/);
    expect(strike.anchors.map((a) => a.start)).toEqual([97]);
    // In the order they were said.
    expect(strike.quotes.map((q) => q.id)).toEqual([
      "q-austin-2021-02-25-confident-target",
      "q-austin-2021-02-25-our-timeline",
      "q-kirby-2021-02-25-destroyed-facilities",
      "q-nsc-2021-02-26-article-ii",
      "q-psaki-2021-02-26-air-force-one",
    ]);
    expect(strike.quotes[2]!.speaker.name).toMatch(/Kirby/);
  });

  it("answers NOT_FOUND for an event that does not exist", async () => {
    await expect(readerCaller(db().db).event.byId({ id: "e-no-such-event" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("quote.byId", () => {
  it("gives one quote its words in their place, its speaker, document, events and arguments", async () => {
    const q = await readerCaller(db().db).quote.byId({ id: "q-kaine-2021-02-26-not-constitutional" });
    expect(q.text).toBe(
      "Offensive military action without congressional approval is not constitutional absent extraordinary circumstances.",
    );
    expect(q).toMatchObject({
      speaker: { id: "kaine" },
      caseSlug: "2021-syria-border-strikes",
      date: "2021-02-26",
      document: { id: "doc-2021-02-syria-strikes-article" },
      anchor: { start: 872, end: 986, prefix: "strikes in a statement saying, “" },
    });
    expect(q.anchor!.resolution.status).not.toBe("orphan");
    expect(q.events.map((e) => e.id)).toEqual(["e-2021-02-26-kaine-statement"]);
    expect(q.arguments.map((a) => a.id)).toEqual(["a-declare-war-clause-congress-decides"]);
  });
});
