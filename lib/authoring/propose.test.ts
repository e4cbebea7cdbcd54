import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { propose, type AuthoringLibrary } from "./propose";
import { quotedSpans } from "./quotes";

/** Original test articles with known answers (lib/authoring/fixtures/), against a small library. */
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", `${name}.txt`), "utf8");
const library: AuthoringLibrary = {
  actors: [
    { id: "whitfield", name: "Dana Whitfield", aliases: [], kind: "person" },
    { id: "mike-lee", name: "Mike Lee", aliases: [], kind: "person" },
    { id: "barbara-lee", name: "Barbara Lee", aliases: [], kind: "person" },
    { id: "navy", name: "U.S. Navy", aliases: ["Navy"], kind: "institution" },
  ],
  sources: [
    {
      id: "wpr",
      shortTitle: "War Powers Resolution",
      citation: "War Powers Resolution, Pub. L. No. 93-148, 87 Stat. 555 (1973)",
      aliases: [],
    },
    { id: "wpr-1543a", shortTitle: "WPR 48-hour report", citation: "50 U.S.C. § 1543(a)", aliases: [] },
    {
      id: "aumf-2001",
      shortTitle: "2001 AUMF",
      citation: "Authorization for Use of Military Force, Pub. L. No. 107-40, 115 Stat. 224 (2001)",
      aliases: [],
    },
  ],
};
const speakers = (p: ReturnType<typeof propose>) =>
  p.quotes.map((q) => [q.text.slice(0, 24), q.speaker?.actorId ?? q.speaker?.name ?? null]);

describe("quotations", () => {
  it("finds straight and curly quotes, attributed after them, by a pronoun, and split by their attribution", () => {
    const p = propose(fixture("harbor-strike"), { date: "2024-01-16", library });
    expect(speakers(p)).toEqual([
      ["We will not let threats ", "whitfield"],
      ["The strike was necessary", "whitfield"],
      ["The War Powers Resolutio", "Marcus Obi"], // “…,” he said: the person named last
      ["We were briefed", "Obi"],
      ["but a briefing is not a ", "Obi"], // “…,” Obi added, “…”
    ]);
    expect(p.quotes.every((q) => !q.ambiguous)).toBe(true);
    // The comma before the closing mark is the sentence's, not the speaker's.
    expect(p.quotes[0]!.text).toBe("We will not let threats to shipping go unanswered");
  });

  it("keeps a quotation that runs on over a paragraph break whole, and a nested quotation inside it", () => {
    const text = fixture("new-year-letter");
    const p = propose(text, { date: "2024-01-05", library });
    expect(p.quotes.map((q) => q.text)).toEqual([
      "The President’s authority to defend our forces is not in doubt. He acted to prevent further attacks.\n\n“Every step was reported to the congressional leadership",
      "ignores ‘the sole power to declare war’ that the Constitution gives Congress.",
    ]);
    expect(speakers(p).map((s) => s[1])).toEqual(["Lindqvist", "Hana Osei"]); // after its last paragraph; “She said”
    // Offsets are code points into the text, end exclusive.
    const chars = [...text];
    for (const q of p.quotes) expect(chars.slice(q.start, q.end).join("")).toBe(q.text);
  });

  it("flags two speakers instead of choosing one, and reads a shared surname after a full name", () => {
    const p = propose(fixture("two-senators"), { date: "2023-03-10", library });
    expect(p.quotes).toHaveLength(1);
    expect(p.quotes[0]).toMatchObject({ speaker: null, ambiguous: true });
    expect(p.quotes[0]!.evidence).toMatch(/Mike Lee and June Park are both named/);
    const lee = p.actors.filter((a) => a.name === "Lee");
    expect(lee.map((a) => a.actorId)).toEqual(["mike-lee", "mike-lee"]);
    // Without the full name, the surname is two people's: flagged with both.
    const alone = propose("Lee said so.", { date: "2023-03-10", library }).actors[0]!;
    expect(alone).toMatchObject({ actorId: null, candidates: ["mike-lee", "barbara-lee"] });
  });

  it("does not open a quotation on an inch mark or close one on an apostrophe", () => {
    expect(quotedSpans('A 12" gun; he said "go" and left.').map((s) => s.start)).toEqual([20]);
  });
});

describe("legal citations", () => {
  it("finds citations in running text, in Bluebook form, matched to the library or proposed as new", () => {
    const a = propose(fixture("harbor-strike"), { date: "2024-01-16", library }).citations;
    expect(a.map((c) => [c.citation, c.sourceId])).toEqual([
      ["War Powers Resolution", "wpr"],
      ["50 U.S.C. § 1543(a)", "wpr-1543a"],
      ["S.J. Res. 12, 118th Cong.", null],
      ["Youngstown Sheet & Tube Co. v. Sawyer", null],
    ]);
    const b = propose(fixture("new-year-letter"), { date: "2024-01-05", library }).citations;
    expect(b.map((c) => [c.citation, c.sourceId])).toEqual([
      ["U.S. Const. art. II", null],
      ["U.N. Charter art. 51", null],
      ["2001 AUMF", "aumf-2001"],
      ["Pub. L. No. 107-40", "aumf-2001"],
    ]);
    const c = propose(fixture("two-senators"), { date: "2023-03-10", library }).citations;
    expect(c.map((x) => x.citation)).toEqual(["2002 Iraq AUMF", "42 Op. O.L.C. 1 (2018)"]);
  });
});

describe("events", () => {
  it("resolves dates against the document's, across a year boundary, with their precision", () => {
    const e = propose(fixture("new-year-letter"), { date: "2024-01-05", library }).events;
    expect(e.map((x) => [x.date, x.precision])).toEqual([
      ["2024-01-02", "day"], // "on Jan. 2"
      ["2023-12-27", "day"], // "on Dec. 27", last year's
      ["2024-01-05", "day"], // Lindqvist's letter, dated by the document
      ["2024-01-05", "day"], // Osei's statement
    ]);
  });

  it("reads a weekday and a month, names the place, and leaves spans and other events' dates alone", () => {
    const e = propose(fixture("harbor-strike"), { date: "2024-01-16", library }).events;
    expect(e.map((x) => [x.date, x.precision])).toEqual([
      ["2024-01-15", "day"], // "on Monday"; not "a day after" (the missile's date), not "within 48 hours"
      ["2024-01-16", "day"], // Whitfield's statement
      ["2024-01-16", "day"], // Obi's, once for his three quotations
      ["2023-12", "month"], // "in December 2023"
    ]);
    expect(e[0]!.place).toBe("Red Sea");
    expect(e[0]!.actorIds).toEqual(["navy"]);
  });

  it("counts 'a week later' from the date before it, and takes no name for a month", () => {
    const text =
      "The Feb. 15 attack killed a contractor. A week later, a rocket landed in Baghdad. Sen. June Park spoke.";
    const e = propose(text, { date: "2021-02-26", library: { actors: [], sources: [] } }).events;
    expect(e.map((x) => [x.date, x.precision, x.place])).toEqual([
      ["2021-02-15", "day", null],
      ["2021-02-22", "day", "Baghdad"],
    ]);
  });
});

describe("documents from files", () => {
  it("keeps text and Markdown as given and turns HTML into paragraphs of text", async () => {
    const { documentText } = await import("./document-text");
    expect(documentText("text", "One.\r\n\r\nTwo.\r\n")).toBe("One.\n\nTwo.");
    expect(
      documentText(
        "html",
        '<h1>Strikes</h1><nav>Home</nav><p>The strike “was lawful,” <a href="/x">he</a> said.</p><script>alert(1)</script><p>Fish &amp; chips</p><img src="a.png">',
      ),
    ).toBe("Strikes\n\nThe strike “was lawful,” he said.\n\nFish & chips");
  });
});
