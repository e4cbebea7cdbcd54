import { describe, expect, it } from "vitest";
import { citationTags, shortDescription } from "./page-metadata";

describe("page metadata", () => {
  it("gives reference managers a title, a dated identifier at the site's origin, and the work it is part of", () => {
    const tags = citationTags(
      {
        path: "/arguments/a-x",
        title: "The Declare War Clause gives Congress the decision",
        description: "Why.",
        updatedOn: "2026-12-04",
        partOf: "U.S. Airstrikes at the Syria–Iraq Border",
      },
      "https://wpe.example",
    );
    expect(tags).toMatchObject({
      citation_title: "The Declare War Clause gives Congress the decision",
      citation_publication_date: "2026/12/04",
      citation_public_url: "https://wpe.example/arguments/a-x",
      "DC.identifier": "https://wpe.example/arguments/a-x",
      "DC.date": "2026-12-04",
      "DC.relation.ispartof": "U.S. Airstrikes at the Syria–Iraq Border",
    });
    expect(tags).not.toHaveProperty("citation_author");
    expect(
      citationTags({ path: "/d", title: "T", description: "", updatedOn: "2021-02-26", authors: ["A", "B"] }, ""),
    ).toMatchObject({
      citation_author: ["A", "B"],
      "DC.creator": ["A", "B"],
    });
  });

  it("cuts a long description at a word", () => {
    expect(shortDescription("short  text\n")).toBe("short text");
    const long = "word ".repeat(60);
    const cut = shortDescription(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});
