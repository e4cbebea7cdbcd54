import { describe, expect, it } from "vitest";
import { argumentContext, pageCitation, quoteTitle } from "./page-citation";

describe("page citations", () => {
  it("cite a version by its number and day, a page without versions by its last update", () => {
    expect(
      pageCitation({
        title: "Congress decides.",
        context: argumentContext("Unconstitutional", "The Case"),
        url: "https://wpe.example/arguments/a/v/3",
        day: "2026-12-04",
        version: 3,
      }),
    ).toBe(
      "“Congress decides.” Argument for the position “Unconstitutional,” in The Case. War Powers Explorer, https://wpe.example/arguments/a/v/3 (version 3, Dec. 4, 2026).",
    );
    expect(
      pageCitation({
        title: "50 U.S.C. § 1543(a)",
        context: "Legal source.",
        url: "https://wpe.example/sources/x",
        day: "2021-02-27",
      }),
    ).toBe(
      "“50 U.S.C. § 1543(a)” Legal source. War Powers Explorer, https://wpe.example/sources/x (last updated Feb. 27, 2021).",
    );
    expect(argumentContext(null, "The Case")).toBe("In The Case.");
  });

  it("cite a quote by its speaker and words, the words in single marks inside the title's double ones", () => {
    const title = quoteTitle(
      "Tim Kaine",
      "Offensive military action without congressional approval is not constitutional.",
    );
    expect(title).toBe("Tim Kaine: “Offensive military action without congressional approval is not constitutional.”");
    expect(
      pageCitation({
        title,
        context: "Quote in The Case.",
        url: "https://wpe.example/quotes/q",
        day: "2026-12-08",
        version: 1,
      }),
    ).toBe(
      "“Tim Kaine: ‘Offensive military action without congressional approval is not constitutional.’” Quote in The Case. War Powers Explorer, https://wpe.example/quotes/q (version 1, Dec. 8, 2026).",
    );
    // Long words are cut at a word, past 160 characters.
    const long = quoteTitle("X", `${"word ".repeat(40)}end`);
    expect(long.length).toBeLessThan(175);
    expect(long).toMatch(/word…”$/);
  });
});
