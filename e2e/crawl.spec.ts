import { expect, SEED_CASE, test } from "./fixtures";

test("robots.txt keeps crawlers out of the admin, lessons and search, and names the sitemap", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  for (const path of ["/admin", "/lesson/", "/search", "/api/", "/cite/"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
});

test("sitemap.xml lists the published pages, each at the site's origin", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  expect(new Set(urls.map((u) => u.origin)).size).toBe(1);
  const paths = urls.map((u) => u.pathname);
  for (const path of [
    "/",
    "/sources",
    `/cases/${SEED_CASE}`,
    `/cases/${SEED_CASE}/map`,
    "/arguments/a-declare-war-clause-congress-decides",
    "/sources/wpr-1543a",
    "/actors/kaine",
    "/events/e-2021-02-25-strikes",
    "/quotes/q-kaine-2021-02-26-not-constitutional",
    "/developers",
  ])
    expect(paths).toContain(path);
  expect(paths.some((p) => p.startsWith("/admin") || p.startsWith("/lesson"))).toBe(false);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
});

test("the site has an icon", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/icon/);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
});
