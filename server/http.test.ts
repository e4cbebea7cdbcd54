import { describe, expect, it } from "vitest";
import { declareClientAddressStamped } from "./client-address";
import { clientIp, cookieIsSecure, crossSiteReason, readCookie, sessionCookie } from "./http";

const post = (headers: Record<string, string>) =>
  new Request("http://example.org/api/trpc/x", { method: "POST", headers });

describe("crossSiteReason", () => {
  it("accepts a same-origin JSON request", () => {
    expect(
      crossSiteReason(post({ origin: "https://wpe.example", host: "wpe.example", "content-type": "application/json" })),
    ).toBeNull();
  });
  it("refuses a missing or foreign Origin, and non-JSON bodies", () => {
    expect(crossSiteReason(post({ host: "wpe.example", "content-type": "application/json" }))).toBe("missing Origin");
    expect(
      crossSiteReason(
        post({ origin: "https://evil.example", host: "wpe.example", "content-type": "application/json" }),
      ),
    ).toBe("cross-site Origin");
    expect(crossSiteReason(post({ origin: "null", host: "wpe.example", "content-type": "application/json" }))).toBe(
      "malformed Origin",
    );
    expect(
      crossSiteReason(
        post({
          origin: "https://wpe.example",
          host: "wpe.example",
          "content-type": "application/x-www-form-urlencoded",
        }),
      ),
    ).toBe("not JSON");
  });
});

describe("cookies", () => {
  it("reads one cookie among several", () => {
    expect(readCookie(new Headers({ cookie: "a=1; wpe_session=abc%3D; b=2" }), "wpe_session")).toBe("abc=");
    expect(readCookie(new Headers(), "wpe_session")).toBeUndefined();
  });
  it("writes HttpOnly, SameSite=Lax, and Secure except on plain-HTTP loopback", () => {
    const cookie = sessionCookie("wpe_session", "t", new Date("2030-01-01T00:00:00Z"), true);
    expect(cookie).toBe("wpe_session=t; Path=/; HttpOnly; SameSite=Lax; Expires=Tue, 01 Jan 2030 00:00:00 GMT; Secure");
    expect(cookieIsSecure(new Headers({ host: "127.0.0.1:3100" }))).toBe(false);
    expect(cookieIsSecure(new Headers({ host: "localhost:3000" }))).toBe(false);
    expect(cookieIsSecure(new Headers({ host: "wpe.example" }))).toBe(true);
    expect(cookieIsSecure(new Headers({ host: "localhost:3000", "x-forwarded-proto": "https" }))).toBe(true);
  });
  it("treats a malformed cookie as absent rather than failing", () => {
    expect(readCookie(new Headers({ cookie: "wpe_session=%E0%A4%A" }), "wpe_session")).toBeUndefined();
    expect(readCookie(new Headers({ cookie: "wpe_voter=%; wpe_session=ok" }), "wpe_session")).toBe("ok");
  });
  it("takes the client's address only from the internal header, never from X-Forwarded-For", () => {
    // Unless this process stamps the header (scripts/serve.ts), a client could have sent it.
    expect(clientIp(new Headers({ "x-wpe-client-ip": "198.51.100.7" }))).toBe("unknown");
    declareClientAddressStamped();
    expect(clientIp(new Headers({ "x-wpe-client-ip": "198.51.100.7", "x-forwarded-for": "203.0.113.5" }))).toBe(
      "198.51.100.7",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5", "x-real-ip": "203.0.113.6" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
