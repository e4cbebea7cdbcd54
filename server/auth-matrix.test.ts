import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { inputSchemaOf, plausible } from "./input-arbitraries";
import {
  CALLERS,
  changedTables,
  expectedAnswer,
  knownIds,
  makeCallers,
  procedures,
  readAnswer,
  routeFiles,
  SAME_ORIGIN,
  SITE,
  tableDigest,
  trpcRequest,
  type CallerName,
  type Procedure,
} from "./route-testing";
import { seededDatabaseForFile } from "./testing";

/**
 * The authorization matrix: every tRPC procedure and every route handler under app/api,
 * called through the real route handlers by every kind of caller. The expected answer
 * comes from the procedure's builder (its `access` meta), so a new procedure is covered
 * the moment it is added to the router. Every refusal must leave every table unchanged,
 * and must come before the input is even looked at (a garbage input is refused the same).
 */
const runtime = vi.hoisted(() => ({ db: undefined as unknown, headers: new Headers() }));
vi.mock("@/db/runtime", () => ({ getDb: async () => runtime.db }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => runtime.headers }));

const t = seededDatabaseForFile();
const db = () => t().db as Db;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let trpcRoute: typeof import("@/app/api/trpc/[trpc]/route");
let dictionary: string[];

beforeAll(async () => {
  runtime.db = db();
  callers = await makeCallers(db());
  dictionary = await knownIds(db());
  trpcRoute = await import("@/app/api/trpc/[trpc]/route");
});

/** An input that passes the procedure's zod schema, generated from it (deterministically). */
function sampleInput(p: Procedure): unknown {
  if (p.path === "auth.login") return { email: callers.editor.email, password: callers.editor.password };
  const schema = inputSchemaOf(p.parser);
  if (!schema) return undefined;
  const samples = fc.sample(plausible(schema, dictionary), { seed: 20210225, numRuns: 50 });
  return samples.find((s) => p.parser!.safeParse(s).success) ?? samples[0];
}

async function call(p: Procedure, headers: Record<string, string>, input: unknown) {
  const req = trpcRequest(p, input, { ...SAME_ORIGIN, ...headers });
  return readAnswer(await (req.method === "GET" ? trpcRoute.GET(req) : trpcRoute.POST(req)));
}

type Cell = "allowed" | 401 | 403;
const matrix = new Map<string, Record<CallerName, Cell | string>>();
/** What allowed callers got: 200, or a 400/404 for a generated input that names nothing real. */
const allowedStatuses: Record<number, number> = {};

describe("every procedure, for every caller, through the tRPC route", () => {
  it("answers as its builder promises, and a refusal changes no row", async () => {
    const all = procedures();
    expect(all.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const p of all) {
      const input = sampleInput(p);
      const row = {} as Record<CallerName, Cell | string>;
      // A digest of every table, taken again only after an allowed call (which may write).
      let digest: string | null = null;
      for (const caller of CALLERS) {
        const expected = expectedAnswer(p.access, caller);
        const headers = await callers.headersFor(caller, expected === "allowed");
        const before = expected === "allowed" ? "" : (digest ??= await tableDigest(db()));
        const answer = await call(p, headers, input);
        const cell =
          answer.status === 401 || answer.status === 403
            ? answer.status
            : answer.status >= 500
              ? `5xx(${answer.status})`
              : "allowed";
        row[caller] = cell;
        if (cell === "allowed") allowedStatuses[answer.status] = (allowedStatuses[answer.status] ?? 0) + 1;
        if (cell !== expected)
          failures.push(
            `${p.path} as ${caller}: expected ${expected}, got ${answer.status} ${answer.text.slice(0, 200)}`,
          );
        if (expected === "allowed") {
          digest = null;
        } else {
          // The role check runs before the input is parsed: garbage is refused the same way.
          const garbage = await call(p, headers, { "\u0000": "'; drop table users; --", id: 42 });
          if (garbage.status !== expected)
            failures.push(`${p.path} as ${caller} with a garbage input: expected ${expected}, got ${garbage.status}`);
          digest = await tableDigest(db());
          const changed = changedTables(before, digest);
          if (changed.length) failures.push(`${p.path} as ${caller} was refused but changed ${changed.join(", ")}`);
        }
      }
      matrix.set(p.path, row);
    }
    printMatrix(all);
    expect(failures).toEqual([]);
  });
});

describe("every other route handler under app/api", () => {
  // Sample parameters that reach real rows; any route not listed gets placeholders (a 404 is still "allowed").
  // Every route here is a public download unless ROUTE_ACCESS says otherwise.
  const ROUTE_ACCESS: Record<string, Procedure["access"]> = {};
  const samples = (
    pattern: string,
    ids: { slug: string; argument: string; source: string },
  ): Record<string, string>[] => {
    const known: Record<string, Record<string, string>[]> = {
      "/api/export/cases/[slug]/[format]": [
        { slug: ids.slug, format: "json" },
        { slug: ids.slug, format: "aif" },
        { slug: ids.slug, format: "arguments.csv" },
      ],
      "/api/export/arguments/[id]/[format]": [{ id: ids.argument, format: "json" }],
      "/api/export/sources/[id]/[format]": [{ id: ids.source, format: "csl" }],
    };
    return known[pattern] ?? [];
  };

  it("answers every caller as declared, with no row changed when it refuses", async () => {
    const routes = routeFiles().filter((r) => r.pattern !== "/api/trpc/[trpc]");
    expect(routes.length).toBeGreaterThanOrEqual(3);
    const export0 = await (
      await trpcRoute.GET(trpcRequest({ path: "export.caseData", type: "query" }, { slug: dictionary[0] }, {}))
    ).json();
    const data = superjsonData(export0) as {
      arguments: { id: string }[];
      legalSources: { id: string }[];
      case: { slug: string };
    };
    const ids = { slug: data.case.slug, argument: data.arguments[0]!.id, source: data.legalSources[0]!.id };
    const failures: string[] = [];
    const counts = { calls: 0, ok: 0 };
    for (const route of routes) {
      const handlers = (await import(/* @vite-ignore */ path.resolve(route.file))) as Record<string, unknown>;
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof handlers[m] === "function");
      const access = ROUTE_ACCESS[route.pattern] ?? "public";
      const paramSets = samples(route.pattern, ids);
      const placeholder = !paramSets.length;
      if (placeholder) paramSets.push(Object.fromEntries(route.params.map((name) => [name, "placeholder"])));
      // Downloads are reads: nobody's call may change a row.
      const before = await tableDigest(db());
      for (const method of methods) {
        for (const params of paramSets) {
          for (const caller of CALLERS) {
            const expected = expectedAnswer(access, caller);
            const url =
              SITE + route.pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name]!));
            const headers = new Headers({ ...SAME_ORIGIN, ...(await callers.headersFor(caller)) });
            runtime.headers = headers;
            const handler = handlers[method] as (
              req: Request,
              ctx: { params: Promise<Record<string, string>> },
            ) => Promise<Response>;
            const res = await handler(new Request(url, { method, headers }), { params: Promise.resolve(params) });
            counts.calls++;
            const got =
              res.status === 401 || res.status === 403
                ? res.status
                : res.status >= 500
                  ? `5xx(${res.status})`
                  : "allowed";
            if (got !== expected)
              failures.push(`${method} ${url} as ${caller}: expected ${expected}, got ${res.status}`);
            // The sample parameters name real rows: whoever may download gets the file.
            if (got === "allowed" && !placeholder && res.status !== 200)
              failures.push(`${method} ${url} as ${caller}: ${res.status}`);
            if (got === "allowed") counts.ok++;
          }
        }
      }
      const changed = changedTables(before, await tableDigest(db()));
      if (changed.length) failures.push(`${route.pattern} changed ${changed.join(", ")}`);
    }
    console.info(
      `Route handlers: ${routes.length} besides tRPC (${routes.map((r) => r.pattern).join(", ")}), ${counts.calls} calls, ${counts.ok} allowed, ${counts.calls - counts.ok} refused`,
    );
    expect(failures).toEqual([]);
  });
});

function superjsonData(body: unknown): unknown {
  return (body as { result: { data: { json: unknown } } }).result.data.json;
}

function printMatrix(all: Procedure[]) {
  const mark = (c: Cell | string) => (c === "allowed" ? "ok " : String(c));
  const width = Math.max(...all.map((p) => p.path.length));
  const lines = [`${"procedure".padEnd(width)}  access  ${CALLERS.map((c) => c.padEnd(9)).join(" ")}`];
  for (const p of all) {
    const row = matrix.get(p.path)!;
    lines.push(
      `${p.path.padEnd(width)}  ${p.access.padEnd(6)}  ${CALLERS.map((c) => mark(row[c]).padEnd(9)).join(" ")}`,
    );
  }
  const byAccess = Object.entries(Object.groupBy(all, (p) => p.access)).map(([a, ps]) => `${a} ${ps!.length}`);
  const cells = [...matrix.values()].flatMap((r) => Object.values(r));
  const allowed = cells.filter((c) => c === "allowed").length;
  lines.push(
    `${all.length} procedures (${byAccess.join(", ")}) × ${CALLERS.length} callers = ${cells.length} calls: ${allowed} allowed, ${cells.length - allowed} refused (${cells.filter((c) => c === 401).length} × 401, ${cells.filter((c) => c === 403).length} × 403)`,
  );
  lines.push(
    `allowed calls by status: ${Object.entries(allowedStatuses)
      .map(([s, n]) => `${n} × ${s}`)
      .join(", ")}`,
  );
  console.info(lines.join("\n"));
}
