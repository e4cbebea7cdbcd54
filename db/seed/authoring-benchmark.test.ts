import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/authoring/evaluate";
import { propose } from "@/lib/authoring/propose";
import { firstCaseBenchmark } from "./authoring-benchmark";

/**
 * The proposer on the first case's article, as if it were new, against the curated record
 * (docs/authoring.md has the figures and what each measures). These are floors that catch
 * a regression; `npm run bench` prints the figures.
 */
describe("the proposer on the first case's article", () => {
  for (const library of ["current", "none"] as const) {
    it(`finds every quotation and its speaker, with the library ${library === "none" ? "empty" : "of actors and sources"}`, () => {
      const b = firstCaseBenchmark(library);
      const e = evaluate(b.text, propose(b.text, { date: b.date, library: b.library }), b.expected);
      expect(e.quotes).toEqual({ found: 5, of: 5, right: 5, proposed: 5 });
      expect(e.speakers.found / e.speakers.of).toBeGreaterThanOrEqual(0.9);
      expect(e.speakers.right).toBe(e.speakers.proposed);
      // The three it misses give no day: "The December 2019 killing" (a month), "more than a year ago", no date at all.
      expect(e.events.missed).toEqual([
        "e-2019-12-27-k1-rocket-attack",
        "e-2020-01-03-soleimani-strike",
        "e-2020-11-17-iraq-drawdown",
      ]);
      expect(e.events.right / e.events.proposed).toBeGreaterThanOrEqual(0.6);
      if (library === "current") expect(e.actors).toMatchObject({ found: 15, of: 15, right: 15, proposed: 15 });
    });
  }
});
