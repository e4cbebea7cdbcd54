import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import {
  getErrorShape,
  getHTTPStatusCodeFromError,
  getTRPCErrorFromUnknown,
} from "@trpc/server/unstable-core-do-not-import";
import { hostile, inputSchemaOf, plausible } from "./input-arbitraries";
import { appRouter, createCaller } from "./root";
import {
  knownIds,
  makeCallers,
  procedures,
  readAnswer,
  SAME_ORIGIN,
  SITE,
  trpcRequest,
  type Procedure,
  type TrpcAnswer,
} from "./route-testing";
import { seededDatabaseForFile } from "./testing";
import { CLIENT_IP_HEADER } from "./client-address";
import { fieldKey } from "./trpc";

/**
 * Fuzzing every procedure that takes input with inputs generated from each
 * procedure's own zod schema: plausible ones (real ids, payload strings within the
 * limits, NUL and lone surrogates, boundaries) and hostile ones (wrong types, huge
 * strings, deep nesting, values only superjson can carry, a field missing or broken),
 * plus malformed wire text. Public procedures are called anonymously, the rest as an admin.
 *
 * The first HTTP_SHARE inputs of each procedure go through the real tRPC route handler,
 * so the status codes and bodies are the ones a client gets (and malformed wire text can
 * be sent); the rest go through createCaller, with the status and body tRPC's HTTP
 * adapter would derive (getHTTPStatusCodeFromError, getErrorShape with our formatter).
 * Through HTTP alone, 400,000 inputs ran at about 140 a second on this shared two-core
 * machine (most of an hour); with this split the whole file takes about 5 minutes.
 *
 * Promises: no 5xx ever; an input the schema refuses is a 400 whose fieldErrors name
 * exactly the fields zod names; no body carries a stack trace or SQL. It runs as
 * production (NODE_ENV=production), where tRPC leaves stacks out of error bodies.
 */
const runtime = vi.hoisted(() => {
  vi.stubEnv("NODE_ENV", "production");
  return { db: undefined as unknown };
});
vi.mock("@/db/runtime", () => ({ getDb: async () => runtime.db }));

/** Inputs per procedure, and how many of them go through HTTP. */
const RUNS = Number((import.meta.env as unknown as Record<string, string | undefined>).FUZZ_RUNS ?? 10_000);
const HTTP_SHARE = Math.min(RUNS, 1_000);

const t = seededDatabaseForFile();
const db = () => t().db as Db;
let route: typeof import("@/app/api/trpc/[trpc]/route");
let dictionary: string[];
let callers: Awaited<ReturnType<typeof makeCallers>>;

beforeAll(async () => {
  runtime.db = db();
  route = await import("@/app/api/trpc/[trpc]/route");
  dictionary = await knownIds(db());
  callers = await makeCallers(db());
});

/** Wire text no client library would send. */
const MALFORMED = [
  "not json",
  "{",
  '{"json":',
  "[]",
  '{"json":{"a":1},"meta":{"values":{"a":["custom","nope"]}}}',
  '{"json":{"x":{}},"meta":{"values":{"x":["class","Object"]}}}',
  '{"json":{},"meta":{"referentialEqualities":{"__proto__":["x"]}}}',
  '{"json":{"__proto__":{"polluted":1}},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
  '{"json":{"constructor":{"prototype":{"polluted":1}}}}',
  "[".repeat(100_000) + "]".repeat(100_000),
  '{"json":"' + "\\u0000".repeat(10_000) + '"}',
  '{"json":"\\ud800"}',
];

const STACK = /\n\s+at\s|\bat [\w$.<>]+ \(|\.(?:ts|js|mjs):\d+:\d+|node_modules/;
const SQL =
  /Failed query|syntax error at or near|invalid byte sequence|violates (?:unique|foreign key|check|not-null) constraint|\bSQLSTATE\b|PostgresError|select [^"]{0,80}"\w+"\."\w+"|insert into "|update "\w+" set|delete from "/i;

/** Every string in an input, to take out of a body before looking for leaks (an echoed input is not a leak). */
function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 20) return out;
  if (typeof value === "string") out.push(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsIn(v, out, depth + 1);
  return out;
}

function withoutEchoes(body: string, input: unknown): string {
  let text = body;
  for (const s of stringsIn(input)
    .filter((s) => s.length >= 3)
    .sort((a, b) => b.length - a.length)) {
    text = text.split(JSON.stringify(s).slice(1, -1)).join("").split(s).join("");
  }
  return text;
}

function expectedFields(p: Procedure, input: unknown): string[] | null {
  const parsed = p.parser!.safeParse(input);
  if (parsed.success) return null;
  return [...new Set(parsed.error!.issues.map((i) => fieldKey(i.path)))].sort();
}

interface Stats {
  inputs: number;
  valid: number;
  malformed: number;
  statuses: Record<number, number>;
  ms: number;
}

type Generated = { kind: "value"; value: unknown } | { kind: "wire"; text: string };

describe("fuzzing every procedure that takes input", () => {
  it(`answers ${RUNS} generated inputs per procedure without a 5xx, naming the field of every invalid one`, async () => {
    const targets = procedures().filter((p) => p.parser && p.type !== "subscription");
    const stats = new Map<string, Stats>();
    const failures: string[] = [];
    const started = performance.now();

    for (const p of targets) {
      const schema = inputSchemaOf(p.parser);
      const headers = { ...SAME_ORIGIN, ...(p.access === "public" ? {} : await callers.headersFor("admin", true)) };
      const s: Stats = { inputs: 0, valid: 0, malformed: 0, statuses: {}, ms: 0 };
      const procStarted = performance.now();
      stats.set(p.path, s);
      const values = (plausibleWeight: number) =>
        fc
          .oneof(
            { weight: plausibleWeight, arbitrary: plausible(schema!, dictionary) },
            { weight: 5, arbitrary: hostile(schema, dictionary) },
          )
          .map((value): Generated => ({ kind: "value", value }));
      const wire = fc.constantFrom(...MALFORMED).map((text): Generated => ({ kind: "wire", text }));
      // Valid inputs cost the most (a search, an argon2 hash for users.create), so the caller share has fewer of them.
      const phases = [
        {
          http: true,
          arb: fc.oneof({ weight: 9, arbitrary: values(4) }, { weight: 1, arbitrary: wire }),
          runs: HTTP_SHARE,
        },
        { http: false, arb: values(1), runs: RUNS - HTTP_SHARE },
      ];
      for (const [i, phase] of phases.entries()) {
        if (!phase.runs) continue;
        await fc.assert(
          fc.asyncProperty(phase.arb, async (g) => {
            try {
              await check(g, phase.http);
            } catch (error) {
              // Never let fast-check print (and recurse into) a deeply nested input: record and go on.
              failures.push(`the test itself failed on ${p.path}: ${(error as Error).stack?.slice(0, 400)}`);
            }
          }),
          { numRuns: phase.runs, seed: 20210225 + i, endOnFailure: true },
        );
      }
      s.ms = performance.now() - procStarted;
      async function check(g: Generated, viaHttp: boolean) {
        // Readers come from 256 addresses in turn, as a classroom would: the per-address read
        // limits are for floods, and this is a test of input handling, not of those limits.
        const from = { ...headers, [CLIENT_IP_HEADER]: `198.18.0.${s.inputs % 256}` };
        const answer =
          viaHttp || g.kind === "wire"
            ? await overHttp(p, g, from)
            : await throughCaller(p, (g as { value: unknown }).value, from);
        s.inputs++;
        s.statuses[answer.status] = (s.statuses[answer.status] ?? 0) + 1;
        const describe = () =>
          `${p.path} ${answer.status} for ${g.kind === "wire" ? g.text.slice(0, 80) : JSON.stringify(g.value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))?.slice(0, 200)}: ${answer.text.slice(0, 300)}`;
        if (answer.status >= 500) failures.push(`5xx: ${describe()}`);
        // Cheap test first; an input echoed back in a message is not a leak.
        if (STACK.test(answer.text) || SQL.test(answer.text)) {
          const body = withoutEchoes(answer.text, g.kind === "value" ? g.value : g.text);
          if (STACK.test(body)) failures.push(`stack trace: ${describe()}`);
          if (SQL.test(body)) failures.push(`SQL text: ${describe()}`);
        }
        // Malformed wire text has no field to name; it must only be refused cleanly (above).
        if (g.kind === "wire") {
          s.malformed++;
          return;
        }
        const fields = expectedFields(p, g.value);
        if (fields === null) {
          s.valid++;
          return;
        }
        const named = Object.keys(answer.fieldErrors ?? {}).sort();
        if (answer.status !== 400 || JSON.stringify(named) !== JSON.stringify(fields)) {
          failures.push(
            `invalid input not named: expected 400 naming ${fields.join(", ")}, got ${answer.status} naming ${named.join(", ") || "nothing"}: ${describe()}`,
          );
        }
      }
    }

    const seconds = (performance.now() - started) / 1000;
    printStats(stats, seconds);
    expect(failures.slice(0, 30)).toEqual([]);
  });
});

async function overHttp(p: Procedure, g: Generated, headers: Record<string, string>) {
  const req = g.kind === "value" ? trpcRequest(p, g.value, headers) : rawRequest(p, g.text, headers);
  return readAnswer(await (req.method === "GET" ? route.GET(req) : route.POST(req)));
}

/** What the HTTP adapter would answer, without the HTTP: status from the error code, body from our error formatter. */
async function throughCaller(p: Procedure, input: unknown, headers: Record<string, string>): Promise<TrpcAnswer> {
  const caller = createCaller({ getDb: async () => db(), headers: new Headers(headers), resHeaders: new Headers() });
  const fn = p.path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    await fn(input);
    return { status: 200, text: "" };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    const shape = getErrorShape({
      config: appRouter._def._config,
      error,
      type: p.type,
      path: p.path,
      input,
      ctx: undefined,
    }) as { data?: { code?: string; fieldErrors?: TrpcAnswer["fieldErrors"] } };
    return {
      status: getHTTPStatusCodeFromError(error),
      text: JSON.stringify(shape),
      code: shape.data?.code,
      fieldErrors: shape.data?.fieldErrors,
    };
  }
}

function rawRequest(p: Procedure, text: string, headers: Record<string, string>): Request {
  if (p.type === "query") {
    const kept = {
      host: headers.host!,
      [CLIENT_IP_HEADER]: headers[CLIENT_IP_HEADER]!,
      ...(headers.cookie ? { cookie: headers.cookie } : {}),
    };
    return new Request(`${SITE}/api/trpc/${p.path}?input=${encodeURIComponent(text)}`, { headers: kept });
  }
  return new Request(`${SITE}/api/trpc/${p.path}`, { method: "POST", headers, body: text });
}

function printStats(stats: Map<string, Stats>, seconds: number) {
  const width = Math.max(...[...stats.keys()].map((k) => k.length));
  const lines = [`${"procedure".padEnd(width)}  inputs  valid  wire   2xx  seconds  4xx by status`];
  let total = 0;
  for (const [path, s] of stats) {
    total += s.inputs;
    const ok = Object.entries(s.statuses)
      .filter(([c]) => Number(c) < 300)
      .reduce((n, [, v]) => n + v, 0);
    const fours = Object.entries(s.statuses)
      .filter(([c]) => Number(c) >= 400)
      .map(([c, v]) => `${c}×${v}`)
      .join(" ");
    lines.push(
      `${path.padEnd(width)}  ${String(s.inputs).padStart(6)}  ${String(s.valid).padStart(5)}  ${String(s.malformed).padStart(4)}  ${String(ok).padStart(5)}  ${(s.ms / 1000).toFixed(1).padStart(7)}  ${fours}`,
    );
  }
  lines.push(
    `${stats.size} procedures, ${total} inputs in ${seconds.toFixed(1)} s (${(total / seconds) | 0} per second)`,
  );
  console.info(lines.join("\n"));
}
