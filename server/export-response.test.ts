import { describe, expect, it } from "vitest";
import { download, entityTag, matchesIfNoneMatch } from "./export-response";

const get = (headers: Record<string, string> = {}) =>
  new Request("http://wpe.test/api/export/cases/x/json", { headers });

describe("download", () => {
  it("sends the body with a strong entity tag of its bytes, cacheable but asked for every time", async () => {
    const res = download(get(), '{"a":1}', "x.json", "application/json");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"a":1}');
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="x.json"');
  });

  it("answers 304 with no body to a client that holds the same bytes, and 200 once they change", async () => {
    const tag = entityTag("one");
    const same = download(get({ "if-none-match": tag }), "one", "x.json", "application/json");
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe(tag);
    const changed = download(get({ "if-none-match": tag }), "two", "x.json", "application/json");
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(tag);
  });
});

describe("If-None-Match", () => {
  const tag = entityTag("body");
  it.each([
    [tag, true],
    [`W/${tag}`, true],
    [`"other", ${tag}`, true],
    ["*", true],
    ['"other"', false],
    [tag.slice(1, -1), false],
    ["", false],
  ])("%j matches: %s", (header, expected) => expect(matchesIfNoneMatch(header, tag)).toBe(expected));
  it("matches nothing when absent", () => expect(matchesIfNoneMatch(null, tag)).toBe(false));
});
