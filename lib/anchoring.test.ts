import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnchoringError, computeSelectors, resolveAnchor } from "./anchoring";
import { CodePointText } from "./code-points";

const article = readFileSync("db/seed/content/article-2021-02-syria-strikes.txt", "utf8");

describe("computeSelectors", () => {
  it("anchors a quote in the article with code point offsets and 32-character context", () => {
    const kaine =
      "Offensive military action without congressional approval is not constitutional absent extraordinary circumstances.";
    expect(computeSelectors(article, kaine)).toEqual({
      exact: kaine,
      start: 872,
      end: 986,
      prefix: "strikes in a statement saying, “",
      suffix: "”\n\nThe White House’s press secre",
    });
  });

  it("counts astral characters as one code point each", () => {
    const text = "𝔄 war 😀 powers: the 𝔄rticle II claim";
    const sel = computeSelectors(text, "Article II".replace("A", "𝔄"));
    // "𝔄 war 😀 powers: the " is 20 code points but 22 UTF-16 units.
    expect(sel.start).toBe(20);
    expect(sel.end).toBe(30);
    expect(text.indexOf("𝔄rticle")).toBe(22);
    expect(new CodePointText(text).slice(sel.start, sel.end)).toBe("𝔄rticle II");
    expect(sel.prefix).toBe("𝔄 war 😀 powers: the ");
    expect(sel.suffix).toBe(" claim");
  });

  it("fails loudly when the quote is absent or empty", () => {
    expect(() => computeSelectors(article, "declared war on Syria")).toThrow(AnchoringError);
    expect(() => computeSelectors(article, "declared war on Syria")).toThrow(/does not occur/);
    expect(() => computeSelectors(article, "")).toThrow(/empty/);
  });

  it("fails on an ambiguous quote unless context picks one occurrence", () => {
    expect(() => computeSelectors(article, "Feb. 15")).toThrow(/occurs 2 times/);
    const second = computeSelectors(article, "Feb. 15", { suffix: " attack. A week later" });
    expect(second.suffix.startsWith(" attack. A week later")).toBe(true);
    const first = computeSelectors(article, "Feb. 15", { prefix: "condemned the " });
    expect(first.start).toBe(1360);
    expect(first.start).toBeLessThan(second.start);
    expect(() => computeSelectors(article, "Feb. 15", { prefix: "nobody " })).toThrow(/no occurrence matching/);
  });
});

describe("resolveAnchor", () => {
  const text = "Alpha 😀 beta. The strike was lawful. Gamma.";
  const anchor = computeSelectors(text, "The strike was lawful.");

  it("resolves by position while the text there is unchanged", () => {
    expect(resolveAnchor(text, anchor)).toEqual({ status: "position", start: anchor.start, end: anchor.end });
  });

  it("falls back to the quote when the document was edited before the span", () => {
    const edited = "Preface 🇺🇸 added. " + text;
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("quote");
    if (result.status === "quote") expect(new CodePointText(edited).slice(result.start, result.end)).toBe(anchor.exact);
  });

  it("uses prefix and suffix to choose among repeated quotes", () => {
    const repeated = "First: The strike was lawful. Then Alpha 😀 beta. The strike was lawful. Gamma.";
    const result = resolveAnchor(repeated, { ...anchor, start: 0, end: 3 });
    expect(result).toMatchObject({ status: "quote" });
    const second = new CodePointText(repeated).occurrences(anchor.exact)[1];
    expect(result).toEqual({ status: "quote", start: second, end: second! + 22 });
  });

  it("reports an orphan instead of guessing", () => {
    expect(resolveAnchor("Nothing here.", anchor)).toEqual({ status: "orphan", reason: "absent" });
    const twice = "x The strike was lawful. y The strike was lawful. z";
    expect(resolveAnchor(twice, { ...anchor, start: 100, end: 120, prefix: "unrelated", suffix: "unrelated" })).toEqual(
      {
        status: "orphan",
        reason: "ambiguous",
      },
    );
  });
});
