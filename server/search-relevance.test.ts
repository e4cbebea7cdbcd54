import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { RELEVANCE_SET, relevance } from "./search-relevance";
import { seededDatabaseForFile } from "./testing";

const db = seededDatabaseForFile();

describe("the search's relevance set", () => {
  it("has at least 30 queries, each wanting seeded items", () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(30);
    const { file } = loadSeedContent();
    const ids = new Set(
      [
        file.arguments,
        file.positions,
        file.events,
        file.quotes,
        file.actors,
        file.legal_sources,
        [file.document],
      ].flatMap((rows) => rows.map((r) => r.id)),
    );
    for (const entry of RELEVANCE_SET) for (const id of entry.top3) expect(ids, entry.q).toContain(id);
  });

  it("ranks what each query wants in its top three, but for the known gaps", async () => {
    const { rows, precisionAt3 } = await relevance(db().db);
    const misses = rows.filter((r) => !r.gap && r.found.length < r.top3.length);
    expect(misses.map((r) => `${r.q} → ${r.top.join(", ")} (wanted ${r.top3.join(", ")})`)).toEqual([]);
    // A gap that closes is no gap: it joins the entries held to their top three.
    const closed = rows.filter((r) => r.gap && r.found.length === r.top3.length);
    expect(closed.map((r) => r.q)).toEqual([]);
    expect(precisionAt3).toBeGreaterThan(0.9);
  });
});
