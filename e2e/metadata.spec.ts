import type { Page } from "@playwright/test";
import { expect, SEED_CASE, siteOrigin, test } from "./fixtures";

/** Every <meta name|property> of the page, as a reference manager's translator reads them. */
async function metaTags(page: Page): Promise<Map<string, string[]>> {
  const pairs = await page
    .locator("meta[name], meta[property]")
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute("name") ?? el.getAttribute("property") ?? "", el.getAttribute("content") ?? ""]),
    );
  const tags = new Map<string, string[]>();
  for (const [name, content] of pairs) tags.set(name!, [...(tags.get(name!) ?? []), content!]);
  return tags;
}

const pages = [
  { kind: "an argument", path: "/arguments/a-declare-war-clause-congress-decides", partOf: true, cite: true },
  { kind: "a legal source", path: "/sources/wpr-1543a", partOf: false, cite: true },
  { kind: "a position", path: "/positions/p-kaine-unconstitutional", partOf: true, cite: true },
  { kind: "a case", path: `/cases/${SEED_CASE}`, partOf: false, cite: true },
  { kind: "a document", path: "/documents/doc-2021-02-syria-strikes-article", partOf: true, cite: true },
  { kind: "an event", path: "/events/e-2021-02-25-strikes", partOf: true, cite: true },
  { kind: "a quote", path: "/quotes/q-kaine-2021-02-26-not-constitutional", partOf: true, cite: true },
];

for (const { kind, path, partOf, cite } of pages) {
  test(`${kind} page carries Highwire, Dublin Core, OpenGraph and canonical metadata at the site's origin`, async ({
    page,
    request,
  }) => {
    const origin = await siteOrigin(request);
    const url = `${origin}${path}`;
    await page.goto(path);
    const heading = (await page.getByRole("heading", { level: 1 }).first().textContent())!.trim();
    const tags = await metaTags(page);
    const one = (name: string) => {
      expect(tags.get(name), name).toHaveLength(1);
      return tags.get(name)![0]!;
    };
    // What Zotero's Embedded Metadata translator needs for a titled, dated item with its address.
    expect(one("citation_title")).toContain(heading.slice(0, 40));
    expect(one("citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(one("citation_public_url")).toBe(url);
    expect(one("citation_publisher")).toBe("War Powers Explorer");
    expect(one("DC.title")).toBe(one("citation_title"));
    expect(one("DC.identifier")).toBe(url);
    expect(one("DC.date")).toBe(one("citation_publication_date").replaceAll("/", "-"));
    expect(one("DC.language")).toBe("en");
    if (partOf) expect(one("DC.relation.ispartof")).toMatch(/Syria/);
    expect(one("og:url")).toBe(url);
    expect(one("og:title")).toBe(one("citation_title"));
    expect(one("og:type")).toBe("article");
    expect(one("og:site_name")).toBe("War Powers Explorer");
    expect(one("twitter:card")).toBe("summary");
    expect(one("description").length).toBeLessThanOrEqual(200);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(url);
    // The page's own "Cite this" gives the same address, in three styles and three files.
    if (cite) {
      const panel = page.getByRole("region", { name: "Cite this" });
      await expect(panel.getByText(url, { exact: true })).toBeVisible();
      await expect(panel.getByRole("tab")).toHaveText(["Bluebook", "APA 7", "Chicago"]);
      for (const format of ["BibTeX", "RIS", "CSL-JSON"]) {
        const href = await panel.getByRole("link", { name: `${format} file of this citation` }).getAttribute("href");
        const file = await request.get(href!);
        expect(file.status(), format).toBe(200);
        expect(await file.text(), format).toContain(url);
      }
    }
  });
}

test("no page takes its origin from the request's forwarded host", async ({ browser, request }) => {
  const origin = await siteOrigin(request);
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-Host": "evil.example" } });
  const page = await context.newPage();
  await page.goto("/arguments/a-declare-war-clause-congress-decides");
  const tags = await metaTags(page);
  expect(tags.get("citation_public_url")).toEqual([`${origin}/arguments/a-declare-war-clause-congress-decides`]);
  expect(await page.content()).not.toContain("evil.example");
  await context.close();
});
