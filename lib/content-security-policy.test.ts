import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import {
  applyStoredPageHeaders,
  etagMatches,
  inlineScriptHashes,
  policyWithScriptHashes,
  SCRIPT_HASHES_HEADER,
  storedPageHeaders,
} from "@/cache-handlers/static-scripts.mjs";
import {
  contentSecurityPolicy,
  newNonce,
  REACT_SHELL_SCRIPT,
  REACT_SHELL_SCRIPT_HASH,
} from "./content-security-policy";

const directives = (csp: string) =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("runs inline scripts by nonce (or React's one fixed shell script by hash), files from this origin, never eval in production", () => {
    const csp = directives(contentSecurityPolicy("abc", { dev: false, https: true }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc'", `'${REACT_SHELL_SCRIPT_HASH}'`]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["upgrade-insecure-requests"]).toEqual([]);
    // A nonce in style-src would make browsers ignore 'unsafe-inline' and block style attributes.
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });
  it("allows eval in development, and upgrades nothing over plain HTTP", () => {
    const csp = directives(contentSecurityPolicy("abc", { dev: true, https: false }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
  });
  it("allows by hash exactly the inline script the installed React DOM writes into a prerendered shell", () => {
    expect(`sha256-${createHash("sha256").update(REACT_SHELL_SCRIPT).digest("base64")}`).toBe(REACT_SHELL_SCRIPT_HASH);
    // The renderer Next runs pages with (its own copy of React DOM).
    const require = createRequire(import.meta.url);
    const next = require.resolve("next/package.json");
    const renderer = readFileSync(
      next.replace(/package\.json$/, "dist/compiled/react-dom/cjs/react-dom-server.node.production.js"),
      "utf8",
    );
    expect(renderer).toContain(JSON.stringify(REACT_SHELL_SCRIPT));
  });
  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!)).toHaveLength(16);
  });
});

describe("a page stored whole: its inline scripts allowed by hash", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

  it("hashes every inline script once, in order, and no script file", () => {
    const html =
      '<script src="/_next/static/a.js" async=""></script><script nonce="old">self.__next_f=[]</script>' +
      '<p>§ 1543 – “quoted”</p><script>self.__next_f.push([1,"\\u003c/script>é"])</script><script nonce="x">self.__next_f=[]</script><script></script>';
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=[]"),
      sha('self.__next_f.push([1,"\\u003c/script>é"])'),
    ]);
  });

  it("puts the hashes where the nonce was, in script-src only", () => {
    const policy = contentSecurityPolicy("abc", { dev: false, https: true });
    const swapped = directives(policyWithScriptHashes(policy, "'sha256-A=' 'sha256-B='"));
    expect(swapped["script-src"]).toEqual(["'self'", "'sha256-A='", "'sha256-B='", `'${REACT_SHELL_SCRIPT_HASH}'`]);
    expect(swapped["style-src"]).toEqual(directives(policy)["style-src"]);
    expect(directives(policyWithScriptHashes(policy, ""))["script-src"]).toEqual([
      "'self'",
      `'${REACT_SHELL_SCRIPT_HASH}'`,
    ]);
  });

  it("rewrites a response's policy and caching only when the stored page brought its hashes, and never sends the header on", () => {
    const response = () => new ServerResponse(new IncomingMessage(new Socket()));
    const policy = contentSecurityPolicy("abc", { dev: false, https: true });

    const rendered = response();
    rendered.setHeader("content-security-policy", policy);
    rendered.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
    expect(applyStoredPageHeaders({ method: "GET", headers: {} }, rendered)).toBe(false);
    expect(rendered.getHeader("content-security-policy")).toBe(policy);
    expect(rendered.getHeader("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");

    const stored = response();
    stored.setHeader("content-security-policy", policy);
    stored.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate=82800");
    stored.appendHeader(SCRIPT_HASHES_HEADER, "'sha256-A='");
    expect(applyStoredPageHeaders({ method: "GET", headers: {} }, stored)).toBe(false);
    // A CDN must ask every time (the page has an ETag): purges never reach it.
    expect(stored.getHeader("cache-control")).toBe("public, no-cache");
    expect(directives(String(stored.getHeader("content-security-policy")))["script-src"]).toEqual([
      "'self'",
      "'sha256-A='",
      `'${REACT_SHELL_SCRIPT_HASH}'`,
    ]);
    expect(stored.getHeader(SCRIPT_HASHES_HEADER)).toBeUndefined();
  });

  it("gives a stored page an ETag of its HTML once, and answers 304 only to a read that names it", () => {
    const html = "<html><body><script>self.a=1</script></body></html>";
    const headers = storedPageHeaders(html);
    expect(headers[SCRIPT_HASHES_HEADER]).toBe(inlineScriptHashes(html).join(" "));
    expect(headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(storedPageHeaders(html).etag).toBe(headers.etag);
    expect(storedPageHeaders(html.replace("a=1", "a=2")).etag).not.toBe(headers.etag);

    expect(etagMatches(headers.etag, headers.etag)).toBe(true);
    expect(etagMatches(`"other", W/${headers.etag}`, headers.etag)).toBe(true);
    expect(etagMatches("*", headers.etag)).toBe(true);
    expect(etagMatches('"other"', headers.etag)).toBe(false);
    expect(etagMatches(undefined, headers.etag)).toBe(false);

    const stored = (status = 200) => {
      const res = new ServerResponse(new IncomingMessage(new Socket()));
      res.statusCode = status;
      res.setHeader(SCRIPT_HASHES_HEADER, headers[SCRIPT_HASHES_HEADER]!);
      res.setHeader("etag", headers.etag!);
      return res;
    };
    expect(applyStoredPageHeaders({ method: "GET", headers: { "if-none-match": headers.etag } }, stored())).toBe(true);
    expect(applyStoredPageHeaders({ method: "HEAD", headers: { "if-none-match": headers.etag } }, stored())).toBe(true);
    expect(applyStoredPageHeaders({ method: "GET", headers: { "if-none-match": '"other"' } }, stored())).toBe(false);
    expect(applyStoredPageHeaders({ method: "POST", headers: { "if-none-match": headers.etag } }, stored())).toBe(
      false,
    );
    expect(applyStoredPageHeaders({ method: "GET", headers: { "if-none-match": headers.etag } }, stored(404))).toBe(
      false,
    );
  });
});
