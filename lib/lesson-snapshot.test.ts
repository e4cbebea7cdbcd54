import { describe, expect, it } from "vitest";
import { buildComparison, type ComparisonInput } from "./compare";
import { snapshotIds, withoutWithdrawn, type LessonSnapshot, type PublishedIds } from "./lesson-snapshot";

const cite = (sourceId: string, use: "relies_on" | "contests") => ({
  sourceId,
  sourceKind: "constitution",
  shortTitle: sourceId,
  formatted: sourceId,
  pinpoint: null,
  use,
});
const quote = (id: string) => ({
  id,
  text: `said ${id}`,
  speaker: { id: "x-speaker", name: "A Speaker" },
  date: null,
  datePrecision: null,
  fragment: false,
});

const input: ComparisonInput = {
  positions: [
    {
      id: "p-one",
      title: "One",
      summary: "",
      stance: "lawful",
      legalFrame: "domestic",
      holders: [],
      arguments: [
        { id: "a-one-1", claim: "One's first", citations: [cite("ls-const", "relies_on")], quotes: [quote("q-1")] },
        { id: "a-one-2", claim: "One's second", citations: [], quotes: [] },
      ],
    },
    {
      id: "p-two",
      title: "Two",
      summary: "",
      stance: "unlawful",
      legalFrame: "domestic",
      holders: [],
      arguments: [
        { id: "a-two-1", claim: "Two's first", citations: [cite("ls-const", "contests")], quotes: [quote("q-2")] },
      ],
    },
  ],
  clashes: [
    {
      id: "c-main",
      question: "Main?",
      sides: [
        { label: "yes", argumentIds: ["a-one-1"], positionIds: ["p-one"] },
        { label: "no", argumentIds: ["a-two-1"], positionIds: ["p-two"] },
      ],
    },
    { id: "c-side", question: "Side?", sides: [{ label: "yes", argumentIds: ["a-one-2"], positionIds: ["p-one"] }] },
  ],
  prompts: [{ id: "dq-1", prompt: "Discuss.", clashIds: [] }],
};

const snapshot: LessonSnapshot = {
  caseSlug: "c",
  caseTitle: "C",
  comparison: buildComparison(input, { order: 0, blind: false }),
  prompts: [{ id: "dq-1", prompt: "Discuss." }],
};
const ids = snapshotIds(snapshot);
const all: PublishedIds = {
  arguments: new Set(ids.arguments),
  clashes: new Set(ids.clashes),
  prompts: new Set(ids.prompts),
  quotes: new Set(ids.quotes),
  legalSources: new Set(ids.legalSources),
};
const without = (key: keyof PublishedIds, id: string): PublishedIds => ({
  ...all,
  [key]: new Set([...all[key]].filter((x) => x !== id)),
});

describe("a lesson snapshot read against what is published", () => {
  it("names every curated row it shows", () => {
    expect(ids).toEqual({
      arguments: expect.arrayContaining(["a-one-1", "a-one-2", "a-two-1"]),
      clashes: ["c-main", "c-side"],
      prompts: ["dq-1"],
      quotes: expect.arrayContaining(["q-1", "q-2"]),
      legalSources: ["ls-const"],
    });
  });

  it("is unchanged while everything is published", () => {
    expect(withoutWithdrawn(snapshot, all)).toEqual(snapshot);
  });

  it("drops an unpublished argument everywhere, with the questions and shared sources it alone carried", () => {
    const out = withoutWithdrawn(snapshot, without("arguments", "a-one-2"));
    expect(JSON.stringify(out)).not.toContain("a-one-2");
    expect(out.comparison.rows.map((r) => r.clashId)).toEqual(["c-main"]);
    const out2 = withoutWithdrawn(snapshot, without("arguments", "a-two-1"));
    expect(out2.comparison.sharedSources).toEqual([]);
  });

  it("drops unpublished clashes, prompts, quotes and legal sources", () => {
    expect(withoutWithdrawn(snapshot, without("clashes", "c-side")).comparison.rows.map((r) => r.clashId)).toEqual([
      "c-main",
    ]);
    expect(withoutWithdrawn(snapshot, without("prompts", "dq-1")).prompts).toEqual([]);
    expect(JSON.stringify(withoutWithdrawn(snapshot, without("quotes", "q-1")))).not.toContain("said q-1");
    const noSource = withoutWithdrawn(snapshot, without("legalSources", "ls-const"));
    expect(JSON.stringify(noSource)).not.toContain("ls-const");
  });
});
