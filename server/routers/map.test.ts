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
