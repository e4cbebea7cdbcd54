import { describe, expect, it } from "vitest";
import { atomFeed, describeChange } from "./atom";

const at = new Date("2026-12-04T10:00:00Z");

describe("atom feeds", () => {
  it("write one entry per change, with a permanent id, the page's address and what changed", () => {
    const xml = atomFeed({
      origin: "https://wpe.example",
      selfPath: "/cases/c/feed.xml",
      pagePath: "/cases/c",
      title: "A case: changes",
      subtitle: "s",
      fallbackUpdated: new Date(0),
      entries: [
        {
          kind: "argument",
          id: "a-x",
          title: "Kaine & <Murphy> say “no”",
          version: 3,
          change: "revised",
          changed: ["Claim", "Explanation"],
          at,
        },
        {
          kind: "legalSource",
          id: "wpr-1543a",
          title: "50 U.S.C. § 1543(a)",
          version: 1,
          change: "published",
          changed: [],
          at: new Date(0),
        },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    expect(xml).toContain("<updated>2026-12-04T10:00:00.000Z</updated>");
    expect(xml).toContain("<id>tag:wpe.example,2021:argument/a-x/v3</id>");
    expect(xml).toContain("<title>Revised: Kaine &amp; &lt;Murphy&gt; say “no”</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://wpe.example/arguments/a-x"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://wpe.example/sources/wpr-1543a"/>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://wpe.example/cases/c/feed.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    // Every tag opened is closed: a cheap well-formedness check without an XML parser.
    const opened = [...xml.matchAll(/<([a-z]+)[ >]/g)]
      .map((m) => m[1])
      .filter((t) => !["link", "category"].includes(t!));
    const closed = [...xml.matchAll(/<\/([a-z]+)>/g)].map((m) => m[1]);
    expect(opened.sort()).toEqual(closed.sort());
  });

  it("say what a change was in words", () => {
    const base = { kind: "argument" as const, id: "a", title: "t", at };
    expect(describeChange({ ...base, version: 2, change: "published", changed: [] })).toBe("Argument published.");
    expect(describeChange({ ...base, version: 4, change: "revised", changed: ["Claim"] })).toBe(
      "Argument revised (version 4): Claim changed.",
    );
  });
});
