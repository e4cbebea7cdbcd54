import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight-segments";

describe("segmentText", () => {
  it("cuts at span boundaries and joins back to the exact text", () => {
    const text = "The 𝔄rticle II 😀 claim was made.";
    const segments = segmentText(text, [
      { id: "a", start: 4, end: 14 },
      { id: "b", start: 11, end: 22 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.spanIds, s.startsSpanIds])).toEqual([
      ["The ", [], []],
      ["𝔄rticle", ["a"], ["a"]],
      [" II", ["a", "b"], ["b"]],
      [" 😀 claim", ["b"], []],
      [" was made.", [], []],
    ]);
  });

  it("ignores spans outside the text and returns one piece when there are none", () => {
    expect(segmentText("abc", [{ id: "x", start: 2, end: 9 }])).toEqual([
      { text: "abc", spanIds: [], startsSpanIds: [] },
    ]);
    expect(segmentText("", [])).toEqual([]);
  });
});
