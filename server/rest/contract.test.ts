import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { seededDatabaseForFile, signedIn } from "../testing";
import { ENDPOINTS } from "./endpoints";

/**
 * The public API against its own OpenAPI document: every endpoint the document lists is
 * called through the real route handler, with the example the reference page shows, and
 * its answer must validate against the document's schema for it. Then what every endpoint
 * shares: ETags and 304, CORS, refusals as the Error schema, and no drafts for anyone.
 */
const runtime = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/db/runtime", () => ({ getDb: async () => runtime.db }));
vi.mock("server-only", () => ({}));

const t = seededDatabaseForFile();
const ORIGIN = "http://127.0.0.1:3100";
let route: typeof import("@/app/api/v1/[...path]/route");
let openapi: typeof import("@/app/api/v1/openapi.json/route");
let doc: { paths: Record<string, { get: { operationId: string } }> };
let validate: (path: string, status: string, body: unknown) => string | null;

const get = (path: string, headers: Record<string, string> = {}) =>
  route.GET(new Request(`${ORIGIN}/api/v1${path}`, { headers: { "x-wpe-client-ip": "198.51.100.40", ...headers } }));

beforeAll(async () => {
  runtime.db = t().db as Db;
  route = await import("@/app/api/v1/[...path]/route");
  openapi = await import("@/app/api/v1/openapi.json/route");
  const res = openapi.GET(new Request(`${ORIGIN}/api/v1/openapi.json`));
  expect(res.status).toBe(200);
  doc = (await res.json()) as typeof doc;
  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  // OpenAPI 3.1's schemas are JSON Schema 2020-12; "example" is an OpenAPI keyword, not a validation one.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  const pointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");
  validate = (path, status, body) => {
    const check = ajv.compile({
      $ref: `openapi.json#/paths/${pointer(path)}/get/responses/${status}/content/${pointer("application/json")}/schema`,
    });
    return check(body) ? null : ajv.errorsText(check.errors);
  };
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every endpoint the API answers, and no other", () => {
    expect((doc as unknown as { openapi: string }).openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(ENDPOINTS.map((e) => e.path).sort());
  });
});

describe("every endpoint's answer validates against the document", () => {
  for (const e of ENDPOINTS) {
    it(`GET ${e.example}`, async () => {
      const res = await get(e.example);
      const body: unknown = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(validate(e.path, "200", body)).toBeNull();
      // Plain JSON: no superjson wrapper, nothing empty where the example names seeded data.
      expect(body).not.toHaveProperty("json");
      expect(JSON.stringify(body).length).toBeGreaterThan(20);
    });
  }

  it("answers each refusal in the document's Error shape", async () => {
    const refusals: [string, number][] = [
      ["/arguments/a-no-such-argument", 404],
      ["/cases/2021-syria-border-strikes/nope", 404],
      ["/search?q=", 400],
      ["/search?q=war&page=zero", 400],
      ["/sources?kind=treaty-of-nothing", 400],
    ];
    for (const [path, status] of refusals) {
      const res = await get(path);
      const body = (await res.json()) as { error: { message: string } };
      expect(res.status, path).toBe(status);
      expect(body.error.message.length, path).toBeGreaterThan(5);
      const template = status === 404 ? "/arguments/{id}" : path.startsWith("/search") ? "/search" : "/sources";
      expect(validate(template, String(status), body), path).toBeNull();
    }
  });
});

describe("what every endpoint shares", () => {
  it("tags an answer with an ETag and answers 304 to it until the data changes", async () => {
    const first = await get("/cases/2021-syria-border-strikes");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/cases/2021-syria-border-strikes", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("/cases/2021-syria-border-strikes", { "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
  });

  it("lets any origin read it, and refuses every method but GET", async () => {
    const res = await get("/cases", { origin: "https://elsewhere.example" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = await route.OPTIONS(
      new Request(`${ORIGIN}/api/v1/cases`, {
        method: "OPTIONS",
        headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const post = await route.POST(new Request(`${ORIGIN}/api/v1/cases`, { method: "POST", body: "{}" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("counts every call against the per-network limit and says what is left", async () => {
    const a = await get("/cases", { "x-wpe-client-ip": "198.51.100.41" });
    const b = await get("/cases", { "x-wpe-client-ip": "198.51.100.41" });
    const left = (r: Response) => Number(r.headers.get("ratelimit-remaining"));
    expect(Number(a.headers.get("ratelimit-limit"))).toBeGreaterThan(0);
    expect(left(b)).toBe(left(a) - 1);
  });

  it("refuses a query parameter it does not know, naming the ones it takes", async () => {
    const res = await get("/search?q=war&limit=5");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      "Unknown query parameter limit: this endpoint takes q, kind, case, page, pageSize.",
    );
  });

  it("serves published content only, even to an editor's browser", async () => {
    const editor = await signedIn(t().db as Db, "editor");
    const draft = await editor.caller.curation.create({
      type: "argument",
      values: {
        positionId: "p-kaine-unconstitutional",
        claim: "A draft claim no reader may see through the API",
        explanation: "Drafted, never published.",
      },
    });
    const cookie = { cookie: `wpe_session=${encodeURIComponent(editor.token)}` };
    expect((await get(`/arguments/${draft.id}`, cookie)).status).toBe(404);
    const search = (await (await get(`/search?q=${encodeURIComponent("reader may see")}`, cookie)).json()) as {
      hits: { id: string }[];
    };
    expect(search.hits.map((h) => h.id)).not.toContain(draft.id);
  });
});
