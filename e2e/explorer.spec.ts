import { expect, expectAccessible, hydrated, saveScreenshot, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

test("a new reader follows a claim to the law and back to another argument that cites it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /U\.S\. Airstrikes at the Syria–Iraq Border/ }).click();
  const positions = page.getByRole("region", { name: "Positions at a glance" });
  await expect(positions.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })).toHaveCount(7);

  await positions
    .getByRole("link", {
      name: "The Declare War Clause gives Congress, not the President, the decision to begin offensive hostilities.",
    })
    .click();
  await expect(page).toHaveURL(/\/arguments\/a-declare-war-clause-congress-decides$/);
  const law = page.getByRole("region", { name: "The law it rests on" });
  await expect(law.getByText("The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863)")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "In their own words" }).getByText("See it in the article"),
  ).toBeVisible();

  await law.getByRole("link", { name: "The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863)" }).click();
  await expect(page).toHaveURL(/\/sources\/prize-cases$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Prize Cases/);
  const citedBy = page.getByRole("region", { name: "Cited by" });
  const other = citedBy.getByRole("link", {
    name: "The strike retaliated for an attack that was already over, so it falls outside the President's power to repel attacks.",
  });
  await other.click();
  await expect(page).toHaveURL(/\/arguments\/a-retaliation-not-repelling-attack$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/already over/);
});

test("a provision lists every argument that cites it, and the statute gathers its provisions", async ({ page }) => {
  await page.goto("/sources/wpr");
  await expect(
    page.getByRole("region", { name: "Provisions" }).getByRole("link", { name: "WPR 48-hour report" }),
  ).toBeVisible();
  const citedBy = page.getByRole("region", { name: "Cited by" });
  await expect(citedBy.getByText("50 U.S.C. § 1543(a)")).toBeVisible();
  await page.goto("/sources/wpr-1543a");
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: /War Powers/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Cited by" })
      .getByRole("link", { name: /War Powers Resolution's reporting requirement/ }),
  ).toBeVisible();
});

test("a reader reads the law's own words beside the citation and on the source, and copies one with its citation", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/arguments/a-youngstown-lowest-ebb");
  const law = page.getByRole("region", { name: "The law it rests on" });
  await expect(law.getByText("The text at this pinpoint")).toHaveCount(1);
  await expect(law.getByRole("blockquote")).toHaveCount(2);
  await expect(law.getByRole("blockquote").last()).toHaveText(/his power is at its lowest ebb/);

  await page.goto("/sources/youngstown");
  await hydrated(page);
  const text = page.getByRole("region", { name: "In its own words" });
  await expect(text.getByRole("figure")).toHaveCount(2);
  const ebb = text.getByRole("figure").filter({ hasText: "lowest ebb" });
  await expect(ebb).toContainText("at 637–38 · Jackson, J., concurring");
  await ebb.getByRole("button", { name: "Copy with citation" }).click();
  await expect(ebb.getByRole("status")).toHaveText("· Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^“When the President takes measures incompatible .* over the matter\.” Youngstown Sheet & Tube Co\. v\. Sawyer, 343 U\.S\. 579, 637–38 \(1952\) \(Jackson, J\., concurring\)\.$/,
  );
  // The citing argument leads to the passage it falls within.
  await page.getByRole("region", { name: "Cited by" }).getByRole("link", { name: "the text at 637–38" }).click();
  await expect(page).toHaveURL(/#passage-youngstown-passage-2$/);
});

test("the source library filters by kind and words, and the URL keeps the filter", async ({ page }) => {
  await page.goto("/sources");
  await page.getByLabel("Kind").selectOption("case");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=case/);
  // Other tests publish sources of their own while this one runs, so it checks the filter, not a total:
  // every row is a court decision, the count matches the rows, and the seeded decisions are there.
  const rows = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(page.getByRole("status")).toHaveText(/^\d+ sources?$/);
  const count = Number((await page.getByRole("status").textContent())!.match(/^(\d+)/)![1]);
  await expect(rows).toHaveCount(count);
  const kinds = await rows.locator("span", { hasText: /^(Court decision|Statute|Provision|Bill)$/ }).allTextContents();
  expect(new Set(kinds)).toEqual(new Set(["Court decision"]));
  for (const seeded of [/Prize Cases/, /Youngstown/])
    await expect(rows.getByRole("link", { name: seeded })).toBeVisible();
  await page.getByLabel("Words or citation").fill("Youngstown");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("1 source");
  await expect(page.getByRole("link", { name: /Youngstown/ })).toBeVisible();
});

test("the timeline shows the War Powers clock and leads to the passage in the article", async ({ page }) => {
  await page.goto(`/cases/${slug}/timeline`);
  const clocks = page.getByRole("region", { name: "War Powers clocks" });
  const strike = clocks.getByRole("listitem").filter({ hasText: "U.S. airstrikes on militia facilities" });
  await expect(strike.getByText("Report within 48 hours")).toBeVisible();
  await expect(strike.getByText("by the end of February 27, 2021")).toBeVisible();
  await expect(strike.getByText("April 28, 2021")).toBeVisible();

  const event = page.locator("#e-2021-02-25-strikes");
  await expect(event.getByText(/1 a\.m\. on Feb\. 26 local time/)).toBeVisible();
  await event.getByRole("link", { name: /In the article/ }).click();
  await expect(page).toHaveURL(/\/article#anchor-e-2021-02-25-strikes$/);
  const panel = page.getByRole("complementary", { name: "What links to the selected passage" });
  await expect(panel.getByText("Selected event")).toBeVisible();
  await expect(
    panel.getByRole("link", { name: "U.S. airstrikes on militia facilities at the Syria–Iraq border" }),
  ).toBeVisible();
});

test("an article deep link scrolls to the passage and shows what links to it; the keyboard selects others", async ({
  page,
}) => {
  await page.goto(`/cases/${slug}/article#anchor-q-kaine-2021-02-26-not-constitutional`);
  const mark = page.locator("#anchor-q-kaine-2021-02-26-not-constitutional");
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/outline-accent/);
  const panel = page.getByRole("complementary", { name: "What links to the selected passage" });
  await expect(panel.getByText("Said by")).toBeVisible();
  await expect(panel.getByRole("link", { name: "Tim Kaine" })).toBeVisible();
  await expect(panel.getByRole("link", { name: /Declare War Clause/ })).toBeVisible();

  await page.locator("#anchor-q-psaki-2021-02-26-briefings").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#anchor-q-psaki-2021-02-26-briefings$/);
  await expect(panel.getByRole("link", { name: "Jen Psaki" })).toBeVisible();
});

test("cite this copies the permalink of the version being read, and the stable one", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/arguments/a-article-ii-suffices");
  await hydrated(page); // the copy button is a client island
  const cite = page.getByRole("region", { name: "Cite this" });
  await expect(cite.getByText(/^https?:\/\/\S+\/arguments\/a-article-ii-suffices\/v\/1$/)).toBeVisible();
  await expect(cite.getByText(/^https?:\/\/\S+\/arguments\/a-article-ii-suffices$/)).toBeVisible();
  await cite.getByRole("button", { name: "Copy this version’s link" }).click();
  await expect(cite.getByText("· Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/arguments\/a-article-ii-suffices\/v\/1$/,
  );
  await cite.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/\/arguments\/a-article-ii-suffices$/);
});

test("a published page is stored whole, and caches in front must revalidate it: a 304 while unchanged", async ({
  request,
}) => {
  const url = "/sources/aumf-2001";
  await (await request.get(url)).body(); // the first visit stores it
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()["x-nextjs-cache"]).toBe("HIT");
  // No s-maxage: a CDN keeping it for an hour would miss a publish, which purges only this server's cache.
  expect(res.headers()["cache-control"]).toBe("public, no-cache");
  const etag = res.headers()["etag"]!;
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["cache-control"]).toBe("public, no-cache");
});

test("unknown addresses are real 404s", async ({ page }) => {
  for (const path of [
    "/cases/no-such-case",
    "/arguments/a-nothing",
    "/sources/no-such-law",
    "/actors/nobody",
    "/positions/Bad%20Id",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "There is nothing at this address" })).toBeVisible();
  }
});

const pages = [
  ["case", `/cases/${slug}`],
  ["timeline", `/cases/${slug}/timeline`],
  ["article", `/cases/${slug}/article`],
  ["document", "/documents/doc-2021-02-syria-strikes-article"],
  ["position", "/positions/p-kaine-unconstitutional"],
  ["argument", "/arguments/a-report-consistent-with-wpr"],
  ["sources", "/sources"],
  ["source", "/sources/wpr"],
  ["actor", "/actors/kaine"],
  ["event", "/events/e-2021-02-25-strikes"],
  ["quote", "/quotes/q-kaine-2021-02-26-not-constitutional"],
  ["developers", "/developers"],
  ["not-found", "/cases/no-such-case"],
] as const;

for (const [name, path] of pages) {
  test(`the ${name} page is accessible, titled and described`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(/War Powers Explorer/);
    if (name !== "not-found") {
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
    }
    await expectAccessible(page);
    await saveScreenshot(page, name);
  });
}

test("search from the header, refine by kind, and open a result", async ({ page }) => {
  await page.goto(`/cases/${slug}`);
  await hydrated(page); // the header's search box is a client island
  const header = page.getByRole("banner");
  const box = header.getByRole("combobox");
  await box.fill("§ 1543(a)");
  await box.press("Escape"); // while the suggestions are open the rest of the page is hidden from assistive technology
  await header.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=%C2%A7\+1543%28a%29/);
  const results = page.getByRole("region", { name: "Results" });
  // A legal source's result leads with its Bluebook citation, then its short name.
  await expect(results.getByRole("listitem").first().getByRole("link")).toHaveText("50 U.S.C. § 1543(a)");
  await expect(results.getByRole("listitem").first()).toContainText("WPR 48-hour report");

  await page
    .getByRole("searchbox", { name: /Search arguments/ })
    .last()
    .fill("proportionate");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=proportionate/);
  await expect(results.locator("mark").first()).toHaveText(/proportionate/i);
  await page
    .getByRole("navigation", { name: "Filter by kind" })
    .getByRole("link", { name: /Quotes/ })
    .click();
  await expect(page).toHaveURL(/kind=quote/);
  const first = results.getByRole("listitem").first();
  await expect(first).toContainText("Quote");
  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/article#anchor-q-kirby-2021-02-25-proportionate-response$/);
});

test("search forgives a misspelled name", async ({ page }) => {
  await page.goto("/search?q=Kainne");
  await expect(page.getByRole("status")).toContainText("spelled like");
  await page.getByRole("region", { name: "Results" }).getByRole("link", { name: "Tim Kaine" }).click();
  await expect(page).toHaveURL(/\/actors\/kaine$/);
});

test("the search page is accessible", async ({ page }) => {
  await page.goto("/search?q=war+powers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expectAccessible(page);
  await saveScreenshot(page, "search");
});

test("the dark theme keeps contrast on the densest pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of [
    `/cases/${slug}`,
    `/cases/${slug}/article#anchor-e-2021-02-25-strikes`,
    "/arguments/a-article-ii-suffices",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("pages print without navigation", async ({ page }) => {
  await page.goto("/arguments/a-declare-war-clause-congress-decides");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: /Copy/ }).first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the header suggests matches as you type, and the keyboard picks one", async ({ page }) => {
  await page.goto("/");
  await hydrated(page); // words typed before hydration never reach the suggestions
  const box = page.getByRole("banner").getByRole("combobox");
  await box.fill("Prize");
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await expect(list.getByRole("option").first()).toContainText("The Prize Cases");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/sources\/prize-cases$/);
  // The address changes as the client navigation starts; check the page once it has arrived.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Prize Cases");
  await expect(page).toHaveTitle(/Prize Cases/);
  await expectAccessible(page);
});

test("every export downloads from the case page, and a source downloads as CSL-JSON", async ({ page }) => {
  await page.goto(`/cases/${slug}`);
  const data = page.getByRole("region", { name: "Data for researchers" });
  const links = data.getByRole("link");
  expect(await links.count()).toBe(10);
  for (const link of await links.all()) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const body = readFileSync(path, "utf8");
    expect(body.length, download.suggestedFilename()).toBeGreaterThan(100);
    if (download.suggestedFilename().endsWith(".json") || download.suggestedFilename().endsWith(".jsonld"))
      expect(() => JSON.parse(body)).not.toThrow();
  }
  await page.goto("/sources/prize-cases");
  const [csl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download for Zotero (CSL-JSON)" }).click(),
  ]);
  expect(csl.suggestedFilename()).toBe("prize-cases.csl.json");
  const res = await page.request.get(`/api/export/cases/${slug}/nonsense`);
  expect(res.status()).toBe(404);
  expect((await page.request.get("/api/export/cases/no-such-case/json")).status()).toBe(404);
});
