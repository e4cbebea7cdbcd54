import { readFileSync } from "node:fs";
import { expect, expectAccessible, saveScreenshot, test } from "./fixtures";

const article = readFileSync("db/seed/content/article-2021-02-syria-strikes.txt", "utf8");
const caseTitle = "U.S. Airstrikes at the Syria–Iraq Border, February 25, 2021";

test("a first start on an empty embedded database serves the seeded case", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("War Powers Explorer");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Other tests add cases of their own while this one runs; the seed made this one.
  const cases = page.getByRole("region", { name: "Cases" });
  await expect(cases.getByRole("listitem").filter({ hasText: caseTitle })).toHaveCount(1);
  await expect(cases.getByText("February 15–27, 2021")).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "home");

  await cases.getByRole("link", { name: caseTitle }).click();
  await expect(page).toHaveURL(/\/cases\/2021-syria-border-strikes$/);
  await expect(page.getByRole("heading", { level: 1, name: caseTitle })).toBeVisible();
  await expect(page).toHaveTitle(`${caseTitle} · War Powers Explorer`);
});

test("the case shows its summary, and the article reader shows the text exactly as stored", async ({ page }) => {
  await page.goto("/cases/2021-syria-border-strikes");
  await expect(page.getByText(/On the evening of February 25, 2021, U\.S\. aircraft/)).toBeVisible();
  await page.getByRole("link", { name: "Read the article" }).click();
  await expect(page).toHaveURL(/\/cases\/2021-syria-border-strikes\/article$/);
  const text = page.getByTestId("document-text");
  expect(await text.textContent()).toBe(article);
  await expect(
    page.getByRole("heading", { level: 1, name: /U\.S\. Strikes Iran-Backed Militia Facilities/ }),
  ).toBeVisible();
  await expect(page.getByText(/about February 2021/)).toBeVisible();
});

test("an unknown case is a real 404 page", async ({ page }) => {
  const response = await page.goto("/cases/no-such-case");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "There is nothing at this address" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the list of cases" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the benchmark's baselines are not served unless BENCH_ROUTES is set", async ({ request }) => {
  for (const path of ["/bench/row", "/api/bench/row", "/bench", "/api/bench/anything"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain("Syria");
  }
});

test("the API answers over HTTP with typed errors", async ({ request }) => {
  const list = await request.get("/api/trpc/case.list");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.result.data.json.map((c: { slug: string }) => c.slug)).toContain("2021-syria-border-strikes");

  const missing = await request.get(
    `/api/trpc/case.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug: "nope" } }))}`,
  );
  expect(missing.status()).toBe(404);

  const bad = await request.get(
    `/api/trpc/case.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug: "Bad Slug" } }))}`,
  );
  expect(bad.status()).toBe(400);
  const error = await bad.json();
  expect(error.error.json.data.fieldErrors.slug[0]).toMatch(/lowercase/);
});
