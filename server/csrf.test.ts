import { beforeAll, describe, expect, it, vi } from "vitest";
import superjson from "superjson";
import type { Db } from "@/db/client";
import { crossSiteReason } from "./http";
import { changedTables, makeCallers, readAnswer, SAME_ORIGIN, SITE, tableDigest } from "./route-testing";
import { seededDatabaseForFile } from "./testing";

/**
 * Cross-site request forgery, through the real tRPC route handler: a signed-in admin's
 * browser is made to send a change by another site. Each attempt must be refused and
 * leave every table as it was; the same request sent the way the app's own client sends
 * it succeeds, so the refusal is what stopped it.
 */
const runtime = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/db/runtime", () => ({ getDb: async () => runtime.db }));

const t = seededDatabaseForFile();
const db = () => t().db as Db;
let route: typeof import("@/app/api/trpc/[trpc]/route");
let adminCookie: string;
let counter = 0;

beforeAll(async () => {
  runtime.db = db();
  route = await import("@/app/api/trpc/[trpc]/route");
  const callers = await makeCallers(db());
  adminCookie = (await callers.headersFor("admin")).cookie!;
});

/** A new account's details: the change an attacker wants (an admin of their own). */
function newAdmin() {
  return {
    email: `intruder${++counter}@csrf.test`,
    name: "Intruder",
    password: "a password the attacker knows",
    role: "admin",
  };
}
const wire = (input: unknown) => JSON.stringify(superjson.serialize(input));
const url = `${SITE}/api/trpc/users.create`;

async function expectRefusedWithoutWrites(req: Request, status = 403) {
  const before = await tableDigest(db());
  const answer = await readAnswer(await (req.method === "GET" ? route.GET(req) : route.POST(req)));
  expect(answer.status, answer.text).toBe(status);
  expect(changedTables(before, await tableDigest(db()))).toEqual([]);
  return answer;
}

describe("the tRPC route refuses cross-site changes", () => {
  it("lets the app's own same-origin JSON request through (the control)", async () => {
    const req = new Request(url, {
      method: "POST",
      headers: { ...SAME_ORIGIN, cookie: adminCookie },
      body: wire(newAdmin()),
    });
    expect((await route.POST(req)).status).toBe(200);
  });

  it("refuses a cross-origin form post (application/x-www-form-urlencoded)", async () => {
    const body = new URLSearchParams({ json: JSON.stringify(newAdmin()) });
    const headers = {
      host: SAME_ORIGIN.host!,
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
      cookie: adminCookie,
    };
    await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers, body }));
    // An older browser without Sec-Fetch-Site is still caught by its Origin.
    delete (headers as Record<string, string>)["sec-fetch-site"];
    await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers, body }));
  });

  it("refuses a cross-origin multipart/form-data post (tRPC would read FormData as input)", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(newAdmin())) form.set(k, v);
    const headers = { host: SAME_ORIGIN.host!, origin: "https://evil.example", cookie: adminCookie };
    await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers, body: form }));
  });

  it("refuses a text/plain body holding JSON, cross-origin and even same-origin", async () => {
    for (const origin of ["https://evil.example", SITE]) {
      const headers = {
        host: SAME_ORIGIN.host!,
        origin,
        "content-type": "text/plain;charset=UTF-8",
        cookie: adminCookie,
      };
      const answer = await expectRefusedWithoutWrites(
        new Request(url, { method: "POST", headers, body: wire(newAdmin()) }),
      );
      expect(answer.text).toMatch(/Refused/);
    }
  });

  it("refuses JSON with a wrong, missing, opaque or malformed Origin and a valid session", async () => {
    for (const origin of [
      "https://evil.example",
      "http://127.0.0.1:3101",
      "https://127.0.0.1:3100.evil.example",
      "null",
      "not a url",
      undefined,
    ]) {
      const headers: Record<string, string> = {
        host: SAME_ORIGIN.host!,
        "content-type": "application/json",
        cookie: adminCookie,
      };
      if (origin !== undefined) headers.origin = origin;
      await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers, body: wire(newAdmin()) }));
    }
  });

  it("refuses what the browser marks cross-site or same-site, whatever the forwarded host says", async () => {
    for (const site of ["cross-site", "same-site", "none"]) {
      const headers = { ...SAME_ORIGIN, "sec-fetch-site": site, cookie: adminCookie };
      await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers, body: wire(newAdmin()) }));
    }
    // A forwarded host matching the attacker's Origin: the browser still says cross-site.
    const spoofed = {
      ...SAME_ORIGIN,
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "sec-fetch-site": "cross-site",
      cookie: adminCookie,
    };
    await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers: spoofed, body: wire(newAdmin()) }));
    // A client's own X-Forwarded-Host ahead of the proxy's: the proxy's (last) value counts.
    const prepended = {
      ...SAME_ORIGIN,
      origin: "https://evil.example",
      "x-forwarded-host": `evil.example, ${SAME_ORIGIN.host}`,
      cookie: adminCookie,
    };
    delete (prepended as Record<string, string>)["sec-fetch-site"];
    await expectRefusedWithoutWrites(new Request(url, { method: "POST", headers: prepended, body: wire(newAdmin()) }));
  });

  it("refuses a mutation sent as GET (a link or an <img> cannot change anything)", async () => {
    const get = new Request(`${url}?input=${encodeURIComponent(wire(newAdmin()))}`, {
      headers: { host: SAME_ORIGIN.host!, cookie: adminCookie },
    });
    await expectRefusedWithoutWrites(get, 405);
    const batched = new Request(
      `${SITE}/api/trpc/users.create,auth.logout?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: superjson.serialize(newAdmin()) }))}`,
      {
        headers: { host: SAME_ORIGIN.host!, cookie: adminCookie },
      },
    );
    const answer = await readAnswer(await route.GET(batched));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it("refuses a cross-site sign-in, vote or contribution (no session needed to be forged)", async () => {
    for (const p of ["auth.login", "lessons.vote", "lessons.contribute", "lessons.setName"]) {
      const headers = { host: SAME_ORIGIN.host!, origin: "https://evil.example", "content-type": "text/plain" };
      await expectRefusedWithoutWrites(new Request(`${SITE}/api/trpc/${p}`, { method: "POST", headers, body: "{}" }));
    }
  });
});

describe("crossSiteReason", () => {
  const req = (headers: Record<string, string>) => new Request(url, { method: "POST", headers });
  it("accepts the app's own requests, directly and behind a reverse proxy", () => {
    expect(crossSiteReason(req(SAME_ORIGIN))).toBeNull();
    expect(
      crossSiteReason(req({ ...SAME_ORIGIN, host: "127.0.0.1:3000", "x-forwarded-host": "127.0.0.1:3100" })),
    ).toBeNull();
    expect(
      crossSiteReason(
        req({ origin: "https://wpe.example", host: "WPE.example", "content-type": "application/json; charset=utf-8" }),
      ),
    ).toBeNull();
  });
  it("names the reason it refuses", () => {
    expect(crossSiteReason(req({ ...SAME_ORIGIN, "sec-fetch-site": "cross-site" }))).toBe(
      "Sec-Fetch-Site is cross-site",
    );
    expect(
      crossSiteReason(
        req({ ...SAME_ORIGIN, "x-forwarded-host": "evil.example, 127.0.0.1:3100", origin: "https://evil.example" }),
      ),
    ).toBe("cross-site Origin");
  });
});
