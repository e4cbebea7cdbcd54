import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("runs scripts by nonce only, never inline or by eval in production", () => {
    const csp = directives(contentSecurityPolicy("abc", { dev: false, https: true }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
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
  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!)).toHaveLength(16);
  });
});
