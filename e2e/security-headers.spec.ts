import type { APIResponse, Page } from "@playwright/test";
import { REACT_SHELL_SCRIPT } from "@/lib/content-security-policy";
import { E2E_ADMIN } from "./credentials";
import { expect, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

/** CVE-2025-29927: a request naming the middleware in this header once skipped it. */
const FORGED_SUBREQUEST = "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware";

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Where inline scripts are allowed: by this response's nonce, or (a page stored whole) by their hashes. */
function scriptSources(csp: string) {
  const sources = directives(csp)["script-src"] ?? [];
  return {
    nonce: sources.find((v) => /^'nonce-[A-Za-z0-9+/]{22}==?'$/.test(v))?.slice(7, -1),
    hashes: new Set(sources.filter((v) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(v)).map((v) => v.slice(8, -1))),
  };
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = directives(h["content-security-policy"] ?? "");
  expect(csp["script-src"], `${what}: script files from this origin`).toContain("'self'");
  const { nonce, hashes } = scriptSources(h["content-security-policy"] ?? "");
  expect(nonce !== undefined || hashes.size > 1, `${what}: inline scripts by nonce or by their hashes`).toBe(true);
  expect(csp["script-src"], `${what}: no inline scripts`).not.toContain("'unsafe-inline'");
  expect(csp["script-src"], `${what}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(h["x-wpe-script-hashes"], `${what}: the stored hashes stay inside the server`).toBeUndefined();
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
  // [what, address, status, stored whole (its scripts allowed by hash, not by nonce)]
  const targets: [string, string, number, boolean][] = [
    ["home", "/", 200, false],
    ["a case page", `/cases/${slug}`, 200, true],
    ["an admin page (redirects to sign-in)", "/admin", 307, false],
    ["the admin sign-in", "/admin/login", 200, false],
    ["a tRPC call", "/api/trpc/case.list", 200, false],
    ["an export download", `/api/export/cases/${slug}/json`, 200, false],
    ["a missing page", "/no-such-page", 404, true],
    ["a missing API route (the same 404 page)", "/api/no-such-route", 404, true],
  ];
  const nonces: string[] = [];
  for (const [what, path, status, stored] of targets) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), what).toBe(status);
    const { nonce } = scriptSources(expectSecurityHeaders(res, what));
    if (!stored) expect(nonce, `${what}: rendered per request, so a nonce`).toBeDefined();
    if (nonce) nonces.push(nonce);
  }
  expect(new Set(nonces).size, "a fresh nonce for every response").toBe(nonces.length);
  // Static assets get the fixed headers (no CSP needed: they are not documents).
  const html = await (await request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  const res = await request.get(asset);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});

const sha256 = async (text: string) =>
  Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).toString("base64");

test("every inline script is allowed by the response's own nonce or by its hash, and every script file is this site's", async ({
  request,
}) => {
  const pages: [path: string, stored: boolean][] = [
    [`/cases/${slug}`, true],
    [`/sources/wpr`, true],
    ["/arguments/a-article-ii-suffices", true],
    ["/no-such-page", true],
    [`/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=1`, false],
    ["/search?q=war", false],
  ];
  for (const [path, stored] of pages) {
    await (await request.get(path)).body(); // the first visit stores a page that has no part rendered per request
    const res = await request.get(path);
    const { nonce, hashes } = scriptSources(res.headers()["content-security-policy"]!);
    expect(
      nonce === undefined,
      `${path}: ${stored ? "stored whole, so allowed by hashes" : "has a part rendered per request, so a nonce"}`,
    ).toBe(stored);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
      attributes: m[1]!,
      body: m[2]!,
    }));
    const inline = scripts.filter((s) => !/\bsrc=/.test(s.attributes));
    const files = scripts.filter((s) => /\bsrc=/.test(s.attributes));
    expect(inline.length, path).toBeGreaterThan(3);
    for (const s of inline) {
      if (s.body === REACT_SHELL_SCRIPT) continue;
      if (stored)
        expect(hashes.has(await sha256(s.body)), `${path}: every inline script's hash is in the policy`).toBe(true);
      else
        expect(s.attributes, `${path}: every inline script carries this response's nonce`).toContain(
          `nonce="${nonce}"`,
        );
    }
    for (const s of files)
      expect(s.attributes, `${path}: script files come from this site`).toMatch(/\bsrc="\/_next\/static\//);
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

  // A page stored whole, allowed by its scripts' hashes: visited twice, so the second is the stored copy.
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(`/sources/wpr`);
    await page.getByRole("combobox").first().fill("kaine");
    await expect(page.getByRole("option").first()).toBeVisible();
  }
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
