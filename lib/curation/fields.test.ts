import { describe, expect, it } from "vitest";
import { ENTITIES } from "./entities";
import { fieldSchema, prefillFrom, schemaFor, type Field } from "./fields";

const url: Field = { name: "url", label: "Web address", type: "url" };
const urls: Field = { name: "more", label: "More", type: "lines", webAddresses: true };

describe("web addresses", () => {
  it("accept http and https only, with a message that says so", () => {
    const schema = fieldSchema(url);
    for (const ok of ["https://www.congress.gov/bill/117th-congress", "http://example.org/a?b=c#d"])
      expect(schema.safeParse(ok).success, ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "vbscript:msgbox",
      "https:example.org",
      "ftp://example.org/x",
      "//example.org",
    ]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toBe("must be a web address starting with http:// or https://");
    }
    expect(schema.safeParse(`https://example.org/${"a".repeat(2001)}`).error?.issues[0]?.message).toMatch(/2000/);
  });

  it("hold for lists of addresses too, each line with its index", () => {
    const result = fieldSchema(urls).safeParse(["https://example.org", " javascript:alert(1) "]);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[1], "must be a web address starting with http:// or https://"],
    ]);
    expect(ENTITIES.legalSource.fields.find((f) => f.name === "additionalUrls")).toMatchObject({ webAddresses: true });
  });
});

describe("schemaFor", () => {
  it("refuses names that are not fields, such as the version or the deletion mark", () => {
    const result = schemaFor(ENTITIES.actor.fields).safeParse({
      name: "A",
      kind: "person",
      version: 9,
      deletedAt: null,
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: ["version", "deletedAt"] }),
    ]);
  });
});

describe("free text in curated fields", () => {
  it("refuses NUL and unpaired surrogates, which PostgreSQL cannot store, as a field error", () => {
    const schema = fieldSchema({ name: "claim", label: "Claim", type: "textarea", required: true });
    expect(schema.safeParse("a\u0000b").success).toBe(false);
    expect(schema.safeParse("a\uD800b").success).toBe(false);
    expect(schema.safeParse("War Powers \u{1D504}").success).toBe(true);
  });
});

describe("prefillFrom", () => {
  it("fills a new item's texts and references from its address, and nothing else", () => {
    expect(
      prefillFrom(ENTITIES.argument.fields, {
        quotes: "q-1,q-2",
        attributedTo: "kaine",
        derivedFrom: "Quoted in “A story”",
        sortOrder: "7",
        notAField: "x",
        claim: ["first", "second"],
      }),
    ).toEqual({ quotes: ["q-1", "q-2"], attributedTo: ["kaine"], derivedFrom: "Quoted in “A story”", claim: "first" });
  });
});
