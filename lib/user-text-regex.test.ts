import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCitation, parseCitation, splitPagePinpoint } from "./bluebook";
import { idFromTitle } from "./curation/entities";
import { fieldSchema, webAddress } from "./curation/fields";
import { parsePartialDate } from "./dates";
import { argdownText } from "./export/argdown";
import { readableIdSchema } from "./ids";
import { shortLabel } from "./map-nodes";
import { HIGHLIGHT_END, HIGHLIGHT_START, normalizeSearchText, splitHighlights } from "./search-query";

/**
 * Every regex applied to user text must take time linear in its input. Each case feeds a
 * 150k-character pathological input, checks the answer, prints the time, and compares it
 * loosely with a 10k input: 15 times the text may cost about 15 times the work (60 allowed), where
 * a quadratic pattern costs 225 times (the pinpoint pattern this replaced took 10 s for 2,000 spaces).
 */
const SMALL = 10_000;
const LARGE = 150_000;

function bestOf(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const attempt = (run: () => unknown) => {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? `throws: ${error.message.slice(0, 40)}` : error;
  }
};

const caseParts = {
  form: "case",
  name: "The Prize Cases",
  volume: "67",
  reporter: "U.S.",
  nominative: "2 Black",
  page: "635",
  year: "1863",
} as const;

const cases: [string, (n: number) => string, (input: string) => unknown, (result: unknown, input: string) => void][] = [
  [
    "pinpoint: spaces before an unclosed parenthesis",
    (n) => `at${" ".repeat(n)}(`,
    splitPagePinpoint,
    (r, input) => expect(r).toEqual({ pages: input.trim(), parenthetical: "" }),
  ],
  [
    "pinpoint: words before an unclosed parenthesis",
    (n) => `at ${"1 ".repeat(n / 2)}x(`,
    splitPagePinpoint,
    (r) => expect(r).toMatchObject({ parenthetical: "" }),
  ],
  [
    "pinpoint: long parenthetical",
    (n) => `at 635 (${"a ".repeat(n / 2)})`,
    splitPagePinpoint,
    (r) => expect(r).toMatchObject({ pages: "635" }),
  ],
  [
    "case citation with a pathological pinpoint",
    (n) => `at ${" ".repeat(n)}(`,
    (pin) => formatCitation(caseParts, pin),
    (r) => expect(r).toMatch(/^The Prize Cases, 67 U\.S\. \(2 Black\) 635/),
  ],
  [
    "citation: many split points",
    (n) => `${"a, ".repeat(n / 3)}1 U.S. 1 (`,
    (c) => attempt(() => parseCitation("case", c)),
    (r) => expect(r).toMatch(/^throws: A citation is at most 1000/),
  ],
  [
    "citation: treaty form, many articles",
    (n) => `X${" art. x".repeat(n / 7)}\n`,
    (c) => attempt(() => parseCitation("treaty", c)),
    (r) => expect(r).toMatch(/^throws/),
  ],
  [
    "search highlights: unclosed start markers",
    (n) => HIGHLIGHT_START.repeat(n),
    splitHighlights,
    (r) => expect(r).toEqual([]),
  ],
  [
    "search highlights: many marks",
    (n) => `${HIGHLIGHT_START}a${HIGHLIGHT_END} `.repeat(n / 4),
    splitHighlights,
    (r, input) => expect((r as unknown[]).length).toBe(input.length / 2),
  ],
  [
    "search text: section signs and spaces",
    (n) => "§ \t".repeat(n / 3),
    normalizeSearchText,
    (r) => expect((r as string).length).toBeLessThanOrEqual(200),
  ],
  [
    "ids from titles: hyphens and accents",
    (n) => "-é".repeat(n / 2),
    (t) => idFromTitle("a-", t),
    (r) => expect(r).toMatch(/^a-e(-e)*$/),
  ],
  [
    "readable id: almost valid",
    (n) => `${"a-".repeat(n / 2)}!`,
    (t) => readableIdSchema.safeParse(t).success,
    (r) => expect(r).toBe(false),
  ],
  [
    "partial date field: long digits",
    (n) => "1".repeat(n),
    (t) => fieldSchema({ name: "d", label: "D", type: "partialDate" }).safeParse(t).success,
    (r) => expect(r).toBe(false),
  ],
  [
    "partial date parser: long digits",
    (n) => `2021-${"0".repeat(n)}`,
    (t) => attempt(() => parsePartialDate(t)),
    (r) => expect(r).toMatch(/^throws: Not a partial ISO date/),
  ],
  [
    "web address: long host",
    (n) => `https://${"a.".repeat(n / 2)}`,
    (t) => webAddress.safeParse(t).success,
    (r) => expect(r).toBe(false),
  ],
  [
    "argdown text: leading markup",
    (n) => `${"#".repeat(n / 2)}${" ".repeat(n / 2)}x`,
    argdownText,
    (r) => expect(r).toBe("x"),
  ],
  ["map label: no spaces", (n) => "x".repeat(n), shortLabel, (r) => expect((r as string).length).toBeLessThan(200)],
];

describe("regular expressions on user text", () => {
  it.each(cases)("%s: linear", (name, make, run, check) => {
    const large = make(LARGE);
    check(run(large), large);
    const small = make(SMALL);
    // Loose on purpose: a shared machine is noisy, and allocation-heavy code (ids from titles) leaves the
    // cache past 10k. A floor of 1 ms keeps tiny times from deciding, and a pause (GC, another process) gets
    // up to three rounds; a quadratic pattern still fails every round by far.
    let ratio = Infinity;
    for (let round = 0; round < 3 && ratio >= 60; round++) {
      const tSmall = bestOf(() => run(small));
      const tLarge = bestOf(() => run(large));
      ratio = tLarge / Math.max(tSmall, 1);
      console.info(
        `${name}: ${(large.length / 1000).toFixed(0)}k characters in ${tLarge.toFixed(2)} ms (${(small.length / 1000).toFixed(0)}k in ${tSmall.toFixed(2)} ms)`,
      );
    }
    expect(ratio).toBeLessThan(60);
  });
});

describe("the rewritten readers answer as the patterns they replace", () => {
  const oldPinpoint = (pinpoint: string) => {
    const match = /^(?:at\s+)?([^()]*?)\s*(\(.*\))?$/.exec(pinpoint.trim());
    return { pages: match?.[1]?.trim() ?? pinpoint.trim(), parenthetical: match?.[2] ?? "" };
  };
  const oldHighlights = (snippet: string) => {
    const out: { text: string; highlighted: boolean }[] = [];
    let last = 0;
    for (const match of snippet.matchAll(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, "g"))) {
      if (match.index > last) out.push({ text: snippet.slice(last, match.index), highlighted: false });
      out.push({ text: match[1]!, highlighted: true });
      last = match.index + match[0].length;
    }
    if (last < snippet.length) out.push({ text: snippet.slice(last), highlighted: false });
    return out
      .map((p) => ({ ...p, text: p.text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "") }))
      .filter((p) => p.text.length > 0);
  };
  const from = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(""));

  it("pinpoints", () => {
    fc.assert(
      fc.property(from(["at", "a", "t", " ", "\t", "\n", "(", ")", "1", "–", "x"]), (pin) => {
        expect(splitPagePinpoint(pin)).toEqual(oldPinpoint(pin));
      }),
      { numRuns: 5000 },
    );
  });

  it("search highlights", () => {
    fc.assert(
      fc.property(from([HIGHLIGHT_START, HIGHLIGHT_END, "a", " "]), (s) => {
        expect(splitHighlights(s)).toEqual(oldHighlights(s));
      }),
      { numRuns: 5000 },
    );
  });
});
