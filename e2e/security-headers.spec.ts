import type { APIResponse, Page } from "@playwright/test";
import { REACT_SHELL_SCRIPT } from "@/lib/content-security-policy";
import { E2E_ADMIN } from "./credentials";
import { expect, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

/** CVE-2025-29927: a request naming the middleware in this header once skipped it. */
const FORGED_SUBREQUEST = "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware";

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = directives(h["content-security-policy"] ?? "");
  expect(csp["script-src"], `${what}: inline scripts by nonce, files from this origin`).toEqual(
    expect.arrayContaining(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}==?'$/)]),
  );
  expect(csp["script-src"], `${what}: no inline scripts`).not.toContain("'unsafe-inline'");
  expect(csp["script-src"], `${what}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(csp["frame-ancestors"], what).toEqual(["'none'"]);
  expect(csp["object-src"], what).toEqual(["'none'"]);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  // The e2e server is `next start`, i.e. production.
  expect(h["strict-transport-security"], what).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  return h["content-security-policy"]!;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const targets: [string, string, number][] = [
    ["home", "/", 200],
    ["a case page", `/cases/${slug}`, 200],
    ["an admin page (redirects to sign-in)", "/admin", 307],
    ["the admin sign-in", "/admin/login", 200],
    ["a tRPC call", "/api/trpc/case.list", 200],
    ["an export download", `/api/export/cases/${slug}/json`, 200],
    ["a missing page", "/no-such-page", 404],
    ["a missing API route", "/api/no-such-route", 404],
  ];
  const nonces = new Set<string>();
  for (const [what, path, status] of targets) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), what).toBe(status);
    nonces.add(directives(expectSecurityHeaders(res, what))["script-src"]!.find((v) => v.startsWith("'nonce-"))!);
  }
  expect(nonces.size, "a fresh nonce for every response").toBe(targets.length);
  // Static assets get the fixed headers (no CSP needed: they are not documents).
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  const res = await request.get(asset);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});

test("every inline script carries the response's own nonce (or is React's one hashed line), and every script file is this site's", async ({ request }) => {
  for (const path of [`/cases/${slug}`, "/arguments/a-article-ii-suffices", "/search?q=war"]) {
    const res = await request.get(path);
    const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"]!)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, body: m[2]! }));
    const inline = scripts.filter((s) => !/\bsrc=/.test(s.attributes));
    const files = scripts.filter((s) => /\bsrc=/.test(s.attributes));
    expect(inline.length, path).toBeGreaterThan(3);
    for (const s of inline) {
      if (s.body === REACT_SHELL_SCRIPT) continue;
      expect(s.attributes, `${path}: every inline script carries this response's nonce`).toContain(`nonce="${nonce}"`);
    }
    for (const s of files) expect(s.attributes, `${path}: script files come from this site`).toMatch(/\bsrc="\/_next\/static\//);
  }
});

test("a forged x-middleware-subrequest header skips neither the proxy nor the sign-in check", async ({ request }) => {
  const headers = { "x-middleware-subrequest": FORGED_SUBREQUEST };
  const admin = await request.get("/admin/users", { headers, maxRedirects: 0 });
  expect(admin.status()).toBe(307);
  expect(admin.headers()["location"]).toMatch(/\/admin\/login\?next=%2Fadmin%2Fusers$/);
  expectSecurityHeaders(admin, "forged subrequest");
  const api = await request.get("/api/trpc/users.list", { headers });
  expect(api.status()).toBe(401);
  expectSecurityHeaders(api, "forged subrequest to the API");
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test("pages hydrate under the policy: search suggestions, the map, compare, sign-in", async ({ page }) => {
  const violations = await watchViolations(page);

  await page.goto("/");
  await page.getByRole("combobox").first().fill("war powers");
  await expect(page.getByRole("option").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto(`/cases/${slug}/map`);
  await expect(page.getByTestId("map-canvas").locator(".react-flow__node").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto(`/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=1`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  expect(await violations()).toEqual([]);
});
