import { describe, expect, it } from "vitest";
import { articleReferences, compoundRoots, matchingText } from "./search-text";

describe("matchingText", () => {
  it("straightens quote marks, so a curly-quoted sentence is a phrase as a straight-quoted one is", () => {
    expect(matchingText("\u201cI\u2019m confident\u201d")).toBe(`"I'm confident"`);
  });

  it("reads dashes between words as spaces, never as an exclusion", () => {
    expect(matchingText("a message \u2014 President Biden")).toBe("a message President Biden");
    expect(matchingText("a message -- President Biden")).toBe("a message President Biden");
    expect(matchingText("a message - President Biden")).toBe("a message President Biden");
    expect(matchingText("Kaine-Young repeal")).toBe("Kaine Young repeal");
    expect(matchingText("de\u2013escalate")).toBe("de escalate");
  });

  it("keeps an exclusion and a hyphen inside a number", () => {
    expect(matchingText("Kirby -proportionate")).toBe("Kirby -proportionate");
    expect(matchingText("-Kirby strike")).toBe("-Kirby strike");
    expect(matchingText("Pub. L. No. 93-148")).toBe("Pub. L. No. 93-148");
    expect(matchingText("48-hour report")).toBe("48-hour report");
  });
});

describe("articleReferences", () => {
  it("gives the articles a query names, as a citation and a short title write them", () => {
    const refs = articleReferences("Article 51 self-defense")!;
    expect(new RegExp(refs.citation.replace(/\\m|\\M/g, "\\b"), "i").test("U.N. Charter art. 51")).toBe(true);
    expect(new RegExp(refs.title.replace(/\\m|\\M/g, "\\b"), "i").test("UN Charter, Article 51")).toBe(true);
    expect(new RegExp(refs.citation.replace(/\\m|\\M/g, "\\b"), "i").test("U.N. Charter art. 510")).toBe(false);
    expect(articleReferences("art. II, § 2")?.citation).toContain("(ii)");
    expect(articleReferences("Art 2(4) and article 51")?.citation).toContain("(2|51)");
    expect(articleReferences("Article 2(4) use of force")?.rest).toBe("use of force");
  });

  it("finds none where no article is named", () => {
    expect(articleReferences("the art of war")).toBeNull();
    expect(articleReferences("part 2")).toBeNull();
    expect(articleReferences("§ 1543(a)")).toBeNull();
  });
});

describe("compoundRoots", () => {
  it("gives the words of five letters or more, plurals as their singular", () => {
    expect(compoundRoots("strikes")).toEqual(["strike"]);
    expect(compoundRoots("war powers of Congress")).toEqual(["power", "congress"]);
  });

  it("leaves out excluded words and quoted phrases", () => {
    expect(compoundRoots("Kirby -proportionate")).toEqual(["kirby"]);
    expect(compoundRoots('"deliberate manner" strikes')).toEqual(["strike"]);
  });
});
