import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  normalizeSearchText,
  pinpointForms,
  searchHitHref,
  splitHighlights,
} from "./search-query";

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

describe("searchHitHref", () => {
  const hit = { id: "x", caseSlug: "2021-syria-border-strikes", anchorId: null, speakerId: null };
  it("leads each kind of result to its page", () => {
    expect(searchHitHref({ ...hit, kind: "argument", id: "a-x" })).toBe("/arguments/a-x");
    expect(searchHitHref({ ...hit, kind: "position", id: "p-x" })).toBe("/positions/p-x");
    expect(searchHitHref({ ...hit, kind: "legal_source", id: "prize-cases" })).toBe("/sources/prize-cases");
    expect(searchHitHref({ ...hit, kind: "actor", id: "kaine" })).toBe("/actors/kaine");
    expect(searchHitHref({ ...hit, kind: "document", id: "doc-x" })).toBe("/documents/doc-x");
    expect(searchHitHref({ ...hit, kind: "event", id: "e-x" })).toBe("/cases/2021-syria-border-strikes/timeline#e-x");
  });

  it("leads a quote to its place in the article, or to its speaker when it has none", () => {
    expect(searchHitHref({ ...hit, kind: "quote", id: "q-x", anchorId: "anchor-q-x", speakerId: "kaine" })).toBe(
      "/cases/2021-syria-border-strikes/article#anchor-q-x",
    );
    expect(searchHitHref({ ...hit, kind: "quote", id: "q-x", speakerId: "kaine" })).toBe("/actors/kaine");
  });
});

describe("pinpointForms", () => {
  it("gives a section pinpoint and each section that holds it", () => {
    expect(pinpointForms("§ 1543(a)(1)")).toEqual(["§ 1543(a)(1)", "§ 1543(a)", "§ 1543"]);
    expect(pinpointForms("50 U.S.C. §1541")).toEqual(["§ 1541"]);
    expect(pinpointForms("art. II")).toEqual([]);
    expect(pinpointForms("section 1543(a)")).toEqual(["§ 1543(a)", "§ 1543"]);
    expect(pinpointForms("sec. 1542")).toEqual(["§ 1542"]);
    expect(pinpointForms("second 48 hours")).toEqual([]);
  });
});
