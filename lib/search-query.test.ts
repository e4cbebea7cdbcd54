import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END, HIGHLIGHT_START, normalizeSearchText, splitHighlights } from "./search-query";

describe("normalizeSearchText", () => {
  it("spaces section signs and abbreviations so citations tokenize as stored", () => {
    expect(normalizeSearchText("§1543(a)")).toBe("§ 1543(a)");
    expect(normalizeSearchText("  §§1541–1548 ")).toBe("§ 1541–1548");
    expect(normalizeSearchText("art.II")).toBe("art. II");
    expect(normalizeSearchText("Prize   Cases")).toBe("Prize Cases");
    expect(normalizeSearchText("x".repeat(300))).toHaveLength(200);
  });
});

describe("splitHighlights", () => {
  it("turns marker pairs into highlighted pieces and strips stray markers", () => {
    const s = `The ${HIGHLIGHT_START}Declare War${HIGHLIGHT_END} Clause <b>${HIGHLIGHT_START}x${HIGHLIGHT_END}${HIGHLIGHT_END}`;
    expect(splitHighlights(s)).toEqual([
      { text: "The ", highlighted: false },
      { text: "Declare War", highlighted: true },
      { text: " Clause <b>", highlighted: false },
      { text: "x", highlighted: true },
    ]);
  });
});
