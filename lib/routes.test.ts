import { describe, expect, it } from "vitest";
import { routes } from "./routes";

const slug = "2021-syria-border-strikes";

describe("routes", () => {
  it("names each public page by its id", () => {
    expect(routes.argument("a-declare-war-clause-congress-decides")).toBe(
      "/arguments/a-declare-war-clause-congress-decides",
    );
    expect(routes.position("p-kaine-unconstitutional")).toBe("/positions/p-kaine-unconstitutional");
    expect(routes.actor("kaine")).toBe("/actors/kaine");
    expect(routes.source("prize-cases")).toBe("/sources/prize-cases");
    expect(routes.document("doc-article")).toBe("/documents/doc-article");
    expect(routes.lesson("K7M2QX")).toBe("/lesson/K7M2QX");
  });

  it("keeps an odd id inside its own path segment", () => {
    expect(routes.argument("a/b?c#d e")).toBe("/arguments/a%2Fb%3Fc%23d%20e");
    expect(routes.case("../admin")).toBe("/cases/..%2Fadmin");
    expect(routes.actor("José")).toBe("/actors/Jos%C3%A9");
  });

  it("builds a case's pages, each scrolled to an element when given one", () => {
    expect(routes.case(slug)).toBe(`/cases/${slug}`);
    expect(routes.case(slug, "clash-consultation")).toBe(`/cases/${slug}#clash-consultation`);
    expect(routes.caseArticle(slug)).toBe(`/cases/${slug}/article`);
    expect(routes.caseArticle(slug, null)).toBe(`/cases/${slug}/article`);
    expect(routes.caseArticle(slug, "anchor-e-2021-02-25-strikes")).toBe(
      `/cases/${slug}/article#anchor-e-2021-02-25-strikes`,
    );
    expect(routes.caseTimeline(slug)).toBe(`/cases/${slug}/timeline`);
    expect(routes.caseTimeline(slug, "e-2021-02-25-strikes")).toBe(`/cases/${slug}/timeline#e-2021-02-25-strikes`);
  });

  it("encodes a fragment, and leaves out an empty one", () => {
    expect(routes.caseTimeline(slug, "e 1#2")).toBe(`/cases/${slug}/timeline#e%201%232`);
    expect(routes.case(slug, "")).toBe(`/cases/${slug}`);
  });

  it("leaves undefined, null and empty query values out, and the ? with them", () => {
    expect(routes.caseMap(slug)).toBe(`/cases/${slug}/map`);
    expect(routes.caseMap(slug, { position: undefined, source: "", event: null, view: undefined })).toBe(
      `/cases/${slug}/map`,
    );
    expect(
      routes.caseMap(slug, { position: undefined, source: "wpr-1543a", relation: "rebuts", view: "outline" }),
    ).toBe(`/cases/${slug}/map?source=wpr-1543a&relation=rebuts&view=outline`);
    expect(routes.sources()).toBe("/sources");
    expect(routes.sources({ kind: undefined, text: "", page: undefined })).toBe("/sources");
  });

  it("keeps the query in the order given, with numbers and zero as values", () => {
    expect(routes.sources({ kind: "statute", text: "war powers", page: 3 })).toBe(
      "/sources?kind=statute&text=war+powers&page=3",
    );
    expect(routes.sources({ page: 0 })).toBe("/sources?page=0");
  });

  it("encodes query values as a form would", () => {
    expect(routes.search({ q: "§ 1543(a)", kind: undefined, case: slug, page: 2 })).toBe(
      `/search?q=%C2%A7+1543%28a%29&case=${slug}&page=2`,
    );
    expect(routes.search({ q: "a&b=c#d" })).toBe("/search?q=a%26b%3Dc%23d");
  });

  it("addresses a comparison by its positions, blind mode and column order", () => {
    expect(routes.caseCompare(slug, { positions: "p-kaine-unconstitutional,p-white-house-article-ii", order: 4 })).toBe(
      `/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=4`,
    );
    expect(routes.caseCompare(slug, { positions: "p-a,p-b", blind: "1", order: "11" })).toBe(
      `/cases/${slug}/compare?positions=p-a,p-b&blind=1&order=11`,
    );
  });
});
