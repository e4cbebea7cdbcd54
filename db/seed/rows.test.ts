import { describe, expect, it } from "vitest";
import { loadSeedContent, type SeedContent } from "./case-file";
import { buildSeedRows } from "./rows";

/** A deep copy of the shipped content, changed by `edit`. */
function tampered(edit: (content: SeedContent) => void): SeedContent {
  const content = structuredClone(loadSeedContent());
  edit(content);
  return content;
}

describe("buildSeedRows", () => {
  it("builds rows with parsed citations and recomputed anchors", () => {
    const rows = buildSeedRows(loadSeedContent());
    expect(rows.legalSources.find((s) => s.id === "prize-cases")?.citationParts).toMatchObject({
      form: "case",
      page: "635",
      nominative: "2 Black",
    });
    expect(rows.anchors.find((a) => a.id === "anchor-q-psaki-2021-02-26-briefings")).toMatchObject({
      start: 1074,
      end: 1318,
    });
    expect(rows.argumentRelations.find((r) => r.toEventId)).toMatchObject({
      fromArgumentId: "a-no-statute-authorizes",
      toEventId: "e-2020-02-14-section-1264-notice",
    });
  });

  it("names a dangling reference", () => {
    const content = tampered((c) => {
      c.file.arguments[0]!.sources[0]!.source = "no-such-source";
    });
    expect(() => buildSeedRows(content)).toThrow(
      'arguments[0].sources[0].source: unknown legal source "no-such-source"',
    );
  });

  it("refuses an anchor that disagrees with the text", () => {
    const content = tampered((c) => {
      c.file.quotes[0]!.anchor!.start += 1;
    });
    expect(() => buildSeedRows(content)).toThrow(/quotes\[0\].*anchor\.start: the file says 257, the text gives 256/);
  });

  it("refuses a quote that is in the article but not anchored", () => {
    const content = tampered((c) => {
      delete c.file.quotes[0]!.anchor;
      c.file.quotes[0]!.in_article = false;
    });
    expect(() => buildSeedRows(content)).toThrow(/appears in the article but has no anchor/);
  });

  it("refuses duplicate ids and unreadable citations", () => {
    expect(() =>
      buildSeedRows(
        tampered((c) => {
          c.file.events[1]!.id = c.file.events[0]!.id;
        }),
      ),
    ).toThrow(/Duplicate id "e-2019-12-27-k1-rocket-attack"/);
    expect(() =>
      buildSeedRows(
        tampered((c) => {
          c.file.legal_sources[0]!.citation = "Constitution, Article One";
        }),
      ),
    ).toThrow(/Not a citation form/);
  });
});
