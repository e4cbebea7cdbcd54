import { describe, expect, it } from "vitest";
import { legalSources } from "@/db/schema";
import { loadSeedContent } from "@/db/seed/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();
const caseSlug = "2021-syria-border-strikes";

describe("map.graph", () => {
  it("offers as filters the sources the case's arguments cite, with their statutes, and the events they rest on", async () => {
    // A published source nothing in the case cites is no filter of this map.
    await db()
      .db.insert(legalSources)
      .values({
        id: "uncited-statute",
        kind: "statute",
        shortTitle: "An Uncited Act",
        citation: "Pub. L. No. 1-1",
        citationParts: {
          form: "session_law",
          name: "An Uncited Act",
          publicLaw: "1-1",
          volume: "1",
          page: "1",
          year: "1800",
        },
        date: "1800",
        datePrecision: "year",
        summary: "Cited by nothing.",
        verification: "background",
        status: "published",
      });
    const { filters } = await readerCaller(db().db).map.graph({ caseSlug });

    const parentOf = new Map(file.legal_sources.map((s) => [s.id, s.parent]));
    const cited = new Set(
      file.arguments.flatMap((a) =>
        a.sources.flatMap((s) => [s.source, ...(parentOf.get(s.source) ? [parentOf.get(s.source)!] : [])]),
      ),
    );
    expect(new Set(filters.sources.map((s) => s.id))).toEqual(cited);
    expect(filters.sources.map((s) => s.id)).toContain("wpr");
    expect(filters.sources.map((s) => s.id)).toContain("wpr-1543a");
    expect(filters.sources.map((s) => s.id)).not.toContain("uncited-statute");
    expect(filters.sources.find((s) => s.id === "wpr")?.shortTitle).toBe(
      file.legal_sources.find((s) => s.id === "wpr")?.short_title,
    );

    const restedOn = new Set(file.arguments.flatMap((a) => a.events));
    expect(new Set(filters.events.map((e) => e.id))).toEqual(restedOn);
    // In the timeline's order.
    const order = [...file.events]
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          (a.end_date ?? "").localeCompare(b.end_date ?? "") ||
          a.id.localeCompare(b.id),
      )
      .map((e) => e.id);
    expect(filters.events.map((e) => e.id)).toEqual(order.filter((id) => restedOn.has(id)));
  });
});

describe("map.graph layout", () => {
  it("lays the seeded case out by its clashes, from the database, with no crossings", async () => {
    const { layout } = await readerCaller(db().db).map.graph({ caseSlug });
    expect(layout.rows.map((r) => r.id)).toEqual(file.clashes.map((c) => c.id));
    expect(layout.crossings).toBe(0);
    expect(layout.edges.length).toBeGreaterThan(10);
  });
});

describe("map.focus", () => {
  it("lays out an argument's neighbourhood: what answers it, what it answers, its law and events", async () => {
    const focus = await readerCaller(db().db).map.focus({ caseSlug, argumentId: "a-article-ii-suffices" });
    const seeded = file.arguments.find((a) => a.id === "a-article-ii-suffices")!;
    expect(focus.argument).toMatchObject({ id: seeded.id, positionId: seeded.position });
    const centre = focus.layout.nodes.find((n) => n.focus)!;
    const answering = file.argument_relations.filter((r) => r.to === seeded.id).map((r) => r.from);
    for (const id of answering) {
      const n = focus.layout.nodes.find((b) => b.id === id)!;
      expect(n.x + n.width, `${id} on the left`).toBeLessThanOrEqual(centre.x);
    }
    const cited = focus.layout.nodes.filter((n) => n.kind === "source");
    expect(cited).toHaveLength(seeded.sources.length);
    expect(focus.layout.nodes.filter((n) => n.kind === "event").map((n) => n.id)).toEqual(
      expect.arrayContaining(seeded.events),
    );
  });

  it("answers not found for an argument that is not the case's, or not an argument", async () => {
    const caller = readerCaller(db().db);
    for (const argumentId of ["no-such-argument", "p-kaine-unconstitutional"])
      await expect(caller.map.focus({ caseSlug, argumentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.map.focus({ caseSlug: "no-such-case", argumentId: "a-article-ii-suffices" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
