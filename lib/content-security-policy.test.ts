import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, REACT_SHELL_SCRIPT, REACT_SHELL_SCRIPT_HASH } from "./content-security-policy";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

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
    const renderer = readFileSync(next.replace(/package\.json$/, "dist/compiled/react-dom/cjs/react-dom-server.node.production.js"), "utf8");
    expect(renderer).toContain(JSON.stringify(REACT_SHELL_SCRIPT));
  });
  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!)).toHaveLength(16);
  });
});
