import { like } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { CLIENT_IP_HEADER, limitSubject } from "./client-address";
import { readLimitRefusal } from "./read-limit-response";
import { createCaller } from "./root";
import { READ_LIMITS } from "./services/rate-limit";
import { seededDatabaseForFile } from "./testing";
import { handleTrpcRequest } from "./trpc-http";

const db = seededDatabaseForFile();

function handle(req: Request, database: () => Db = () => db().db) {
  return handleTrpcRequest(req, (resHeaders) => ({ getDb: async () => database(), headers: req.headers, resHeaders }));
}

function get(path: string, input: unknown, headers: Record<string, string> = {}) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return new Request(`http://wpe.test/api/trpc/${path}${query}`, {
    headers: { [CLIENT_IP_HEADER]: "198.51.100.9", ...headers },
  });
}

type ErrorBody = { error: { json: { message: string; data: Record<string, unknown> } } };

afterEach(() => vi.restoreAllMocks());

describe("batches", () => {
  it("refuses more than 10 calls with a 400 before any of them runs", async () => {
    const paths = Array(11).fill("search.query").join(",");
    const input = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i), { json: { q: "war" } }]));
    const res = await handle(
      new Request(`http://wpe.test/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers: { [CLIENT_IP_HEADER]: "198.51.100.11" },
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "BAD_REQUEST", message: "Refused: a batch may hold at most 10 calls; this one holds 11." },
    });
    // Not one search ran: none was even counted.
    expect(await db().db.select().from(rateLimits).where(like(rateLimits.key, `read:search:198.51.100.11`))).toEqual(
      [],
    );
  });

  it("still serves a batch of 10", async () => {
    const input = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), { json: { q: "war" } }]));
    const res = await handle(
      new Request(
        `http://wpe.test/api/trpc/${Array(10).fill("search.query").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
      ),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(10);
  });
});

describe("malformed cookies", () => {
  it("treat a session cookie that is not valid percent-encoding as no session, not a 500", async () => {
    const me = await handle(get("auth.me", undefined, { cookie: "wpe_session=%E0%A4%A" }));
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ result: { data: { json: null } } });
    const admin = await handle(get("users.list", undefined, { cookie: "wpe_session=%E0%A4%A" }));
    expect(admin.status).toBe(401);
  });

  it("treat a malformed voter cookie as none", async () => {
    const res = await handle(get("lessons.byCode", { code: "ZZZZZZ" }, { cookie: "wpe_voter=%E0%A4%A" }));
    expect(res.status).toBe(404); // no such lesson, rather than a crash
  });
});

describe("unexpected errors", () => {
  /** A database whose every query fails the way a broken query does, with SQL in the message. */
  const broken = new Proxy({} as Db, {
    // Not a thenable (`then` undefined), so `async () => broken` resolves to it.
    get: (_, name) =>
      name === "then"
        ? undefined
        : () => {
            throw new Error(
              'column "password_hash" does not exist in SELECT password_hash FROM users WHERE email = $1',
            );
          },
  });

  it("reach the client as an error id, no SQL and no stack, and the server log has the same id beside the real error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await handle(get("case.list", undefined), () => broken);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/password_hash|SELECT|users/);
    const body = JSON.parse(text) as ErrorBody;
    const id = /^Something went wrong \(error id ([A-Z2-9]{6})\)\./.exec(body.error.json.message)?.[1];
    expect(id).toBeDefined();
    expect(body.error.json.data).not.toHaveProperty("stack");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toContain(id!);
    expect(String(logged.mock.calls[0]![1])).toContain("password_hash");
  });

  it("are masked for server-side callers too, with the id as the digest Next shows on its error page", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const caller = createCaller({ getDb: async () => broken, headers: new Headers() });
    const error = (await caller.case.list().catch((e: unknown) => e)) as Error & { digest?: string };
    expect(error.message).toMatch(/^Something went wrong \(error id [A-Z2-9]{6}\)/);
    expect(error.message).not.toContain("password_hash");
    expect(error.message).toContain(error.digest!);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it("leave expected errors as they are", async () => {
    const res = await handle(get("case.bySlug", { slug: "no-such-case" }));
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.json.message).toMatch(/no-such-case/);
  });
});

describe("rate limits on public reads", () => {
  /** Fills an address's counter to the brim, as if it had made `max` calls this minute. */
  async function exhaust(name: keyof typeof READ_LIMITS, ip: string) {
    const row = { key: `read:${name}:${limitSubject(ip)}`, count: READ_LIMITS[name].max, windowStartedAt: new Date() };
    await db().db.insert(rateLimits).values(row).onConflictDoUpdate({ target: rateLimits.key, set: row });
  }

  it("answer 429 with Retry-After past the limit, for that address only", async () => {
    const ip = "203.0.113.120";
    await exhaust("search", ip);
    const refused = await handle(get("search.query", { q: "war" }, { [CLIENT_IP_HEADER]: ip }));
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as ErrorBody).error.json.message).toBe(
      `Too many requests from your network. Try again in ${wait} s.`,
    );
    const other = await handle(get("search.query", { q: "war" }, { [CLIENT_IP_HEADER]: "203.0.113.121" }));
    expect(other.status).toBe(200);
  });

  it("cover suggestions, the map, the export data and lessons by code", async () => {
    const ip = "203.0.113.122";
    const calls: [keyof typeof READ_LIMITS, string, unknown][] = [
      ["suggest", "search.suggest", { q: "war" }],
      ["map", "map.graph", { caseSlug: "2021-syria-border-strikes" }],
      ["export", "export.caseData", { slug: "2021-syria-border-strikes" }],
      ["lesson", "lessons.byCode", { code: "ZZZZZZ" }],
      ["lesson", "lessons.room", { code: "ZZZZZZ" }],
    ];
    for (const [name, path, input] of calls) {
      await exhaust(name, ip);
      const res = await handle(get(path, input, { [CLIENT_IP_HEADER]: ip }));
      expect(res.status, path).toBe(429);
      expect(Number(res.headers.get("retry-after")), path).toBeGreaterThan(0);
    }
  });

  it("count an address's calls, one row per address and read", async () => {
    const ip = "203.0.113.123";
    for (let i = 0; i < 3; i++)
      expect((await handle(get("search.query", { q: "war" }, { [CLIENT_IP_HEADER]: ip }))).status).toBe(200);
    const [row] = await db()
      .db.select()
      .from(rateLimits)
      .where(like(rateLimits.key, `read:search:${ip}`));
    expect(row?.count).toBe(3);
  });

  it("limit the export downloads the same way", async () => {
    const ip = "203.0.113.124";
    const req = new Request("http://wpe.test/api/export/cases/x/json", { headers: { [CLIENT_IP_HEADER]: ip } });
    expect(await readLimitRefusal(req, "download", async () => db().db)).toBeNull();
    await exhaust("download", ip);
    const refused = await readLimitRefusal(req, "download", async () => db().db);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { error: { message: string } }).error.message).toMatch(
      /^Too many downloads from your network\. Try again in \d+ s\.$/,
    );
    // With the database down, the download's own read answers (503); the limit stands aside.
    expect(await readLimitRefusal(req, "download", () => Promise.reject(new Error("connect ECONNREFUSED")))).toBeNull();
  });
});
