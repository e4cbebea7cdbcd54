import { globSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import superjson from "superjson";
import type { Db } from "@/db/client";
import { rawRows } from "@/db/queries/_raw";
import { sessions, users } from "@/db/schema";
import { appRouter } from "./root";
import { createSession, createUser, revokeUserSessions, SESSION_COOKIE } from "./services/auth";
import type { Access } from "./trpc";

/**
 * Calling the app's real route handlers with `new Request(...)`, as Next would: the tRPC
 * endpoint and every other `app/api/**\/route.ts`. The test file points the handlers at
 * its database by mocking `@/db/runtime` (and `next/headers` for the export routes).
 */

/** The origin the e2e server and the browser's tRPC client use. */
export const SITE = "http://127.0.0.1:3100";
const HOST = new URL(SITE).host;

/** What the browser's own tRPC client sends with a change: same-origin JSON. */
export const SAME_ORIGIN: Record<string, string> = {
  host: HOST,
  origin: SITE,
  "content-type": "application/json",
  "sec-fetch-site": "same-origin",
};

export interface Procedure {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Access;
  /** The zod schema of its input, or undefined when it takes none. */
  parser:
    { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } } | undefined;
}

/** Every procedure of the app router, read from the router itself. */
export function procedures(): Procedure[] {
  const record = (
    appRouter._def as unknown as {
      procedures: Record<string, { _def: { type: Procedure["type"]; meta?: { access?: Access }; inputs: unknown[] } }>;
    }
  ).procedures;
  return Object.entries(record).map(([p, proc]) => {
    const access = proc._def.meta?.access;
    if (!access)
      throw new Error(
        `${p} is built without an access level: build it from publicProcedure, authedProcedure, editorProcedure or adminProcedure`,
      );
    return { path: p, type: proc._def.type, access, parser: proc._def.inputs[0] as Procedure["parser"] };
  });
}

/** The tRPC request a browser would send: GET with `?input=` for a query, POST with a JSON body for a mutation. */
export function trpcRequest(
  p: Pick<Procedure, "path" | "type">,
  input: unknown,
  headers: Record<string, string>,
  method?: string,
): Request {
  const wire = toWire(input);
  const asGet = (method ?? (p.type === "query" ? "GET" : "POST")) === "GET";
  const url = `${SITE}/api/trpc/${p.path}${asGet && input !== undefined ? `?input=${encodeURIComponent(wire)}` : ""}`;
  if (asGet) return new Request(url, { method: "GET", headers: withoutBodyHeaders(headers) });
  return new Request(url, { method: method ?? "POST", headers, body: wire });
}

/**
 * superjson's own encoding; for what superjson refuses to encode (keys like "prototype",
 * nesting deeper than its recursion allows) the plain JSON a hand-made client would send.
 */
function toWire(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input });
  }
}

function withoutBodyHeaders(headers: Record<string, string>) {
  const copy = { ...headers };
  delete copy["content-type"];
  return copy;
}

export interface TrpcAnswer {
  status: number;
  text: string;
  /** tRPC's error code and the fields at fault, when it is an error. */
  code?: string;
  fieldErrors?: Record<string, string[]> | null;
}

export async function readAnswer(res: Response): Promise<TrpcAnswer> {
  const text = await res.text();
  let code: string | undefined;
  let fieldErrors: TrpcAnswer["fieldErrors"];
  try {
    const body = JSON.parse(text) as {
      error?: { json?: { data?: { code?: string; fieldErrors?: TrpcAnswer["fieldErrors"] } }; code?: string };
    };
    code = body.error?.json?.data?.code ?? body.error?.code;
    fieldErrors = body.error?.json?.data?.fieldErrors;
  } catch {
    // Not JSON: the status says enough.
  }
  return { status: res.status, text, code, fieldErrors };
}

export interface RouteFile {
  file: string;
  /** The URL pattern, e.g. /api/export/cases/[slug]/[format]. */
  pattern: string;
  params: string[];
}

/** Every route handler under app/api, found on disk. */
export function routeFiles(): RouteFile[] {
  return globSync("app/api/**/route.ts", { cwd: process.cwd() })
    .sort()
    .map((file) => {
      const pattern = "/" + path.dirname(file).split(path.sep).slice(1).join("/");
      return { file, pattern, params: [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!) };
    });
}

/**
 * A cheap digest of every table (row count and an md5 of all rows), to prove a refused
 * request changed nothing. A session's last_seen_at is left out: a signed-in editor's
 * activity keeps the session alive whatever the answer, which is not a change of content.
 * Rate-limit counters are left out too: counting a request is what a limit is for.
 */
export async function tableDigest(db: Db): Promise<string> {
  const tables = await rawRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'rate_limits' order by 1`,
  );
  const parts = tables.map(
    (t) =>
      `select '${t.name}' as name, count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from (select to_jsonb(x) - 'last_seen_at' as r from "${t.name}" x) s`,
  );
  const rows = await rawRows<{ name: string; n: number; h: string }>(db, sql.raw(parts.join(" union all ")));
  return rows
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => `${r.name}:${r.n}:${r.h}`)
    .join("\n");
}

/** The tables whose digests differ, for a readable failure. */
export function changedTables(before: string, after: string): string[] {
  const was = new Set(before.split("\n"));
  return after
    .split("\n")
    .filter((line) => !was.has(line))
    .map((line) => line.split(":")[0]!);
}

export type CallerName =
  "anonymous" | "editor" | "admin" | "revoked" | "expired" | "disabled" | "forged" | "forged-editor";
export const CALLERS: CallerName[] = [
  "anonymous",
  "editor",
  "admin",
  "revoked",
  "expired",
  "disabled",
  "forged",
  "forged-editor",
];

/** CVE-2025-29927: Next once skipped its middleware when this header named it. */
export const FORGED_SUBREQUEST = "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware";

/** Accounts for every kind of caller; sessions for editor and admin are opened per call. */
export async function makeCallers(db: Db) {
  const password = "matrix password, long enough";
  const stamp = Date.now();
  const make = async (role: "editor" | "admin", name: string) =>
    (await createUser(db, { email: `${name}-${stamp}@matrix.test`, name, password, role }))!;
  const editor = await make("editor", "editor");
  const admin = await make("admin", "admin");
  const disabledAdmin = await make("admin", "disabled");
  const revokedEditor = await make("editor", "revoked");
  const revoked = await createSession(db, revokedEditor.id);
  await revokeUserSessions(db, revokedEditor.id);
  const expired = await createSession(db, admin.id);
  await db
    .update(sessions)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(sessions.userId, admin.id));
  const disabled = await createSession(db, disabledAdmin.id);
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabledAdmin.id));
  const cookie = (token: string) => `${SESSION_COOKIE}=${encodeURIComponent(token)}`;

  const sessionOf = async (userId: string) => cookie((await createSession(db, userId)).token);
  const steady = { editor: await sessionOf(editor.id), admin: await sessionOf(admin.id) };

  /**
   * The headers this caller sends. `fresh` opens a new session for editor and admin (an
   * allowed logout then ends only its own); refusals reuse one, so no row is written first.
   */
  async function headersFor(caller: CallerName, fresh = false): Promise<Record<string, string>> {
    const session = async (role: "editor" | "admin") =>
      fresh ? await sessionOf(role === "editor" ? editor.id : admin.id) : steady[role];
    switch (caller) {
      case "anonymous":
        return {};
      case "editor":
        return { cookie: await session("editor") };
      case "admin":
        return { cookie: await session("admin") };
      case "revoked":
        return { cookie: cookie(revoked.token) };
      case "expired":
        return { cookie: cookie(expired.token) };
      case "disabled":
        return { cookie: cookie(disabled.token) };
      case "forged":
        return { "x-middleware-subrequest": FORGED_SUBREQUEST };
      case "forged-editor":
        return { cookie: await session("editor"), "x-middleware-subrequest": FORGED_SUBREQUEST };
    }
  }
  return { editor: { ...editor, password }, admin: { ...admin, password }, headersFor };
}

/** What the builder promises: allowed, or refused with 401 (who are you?) or 403 (not you). */
export function expectedAnswer(access: Access, caller: CallerName): "allowed" | 401 | 403 {
  if (access === "public") return "allowed";
  const role = caller === "editor" || caller === "forged-editor" ? "editor" : caller === "admin" ? "admin" : null;
  if (!role) return 401;
  if (access === "admin" && role !== "admin") return 403;
  return "allowed";
}

/** A few real ids and slugs of the seeded case, so generated inputs also reach real rows. */
export async function knownIds(db: Db): Promise<string[]> {
  const tables = [
    "positions",
    "arguments",
    "legal_sources",
    "documents",
    "events",
    "quotes",
    "actors",
    "clashes",
    "prompts",
  ];
  const rows = await rawRows<{ v: string }>(
    db,
    sql.raw(
      ["select slug as v from cases", ...tables.map((t) => `(select id as v from "${t}" order by id limit 4)`)].join(
        " union all ",
      ),
    ),
  );
  return rows.map((r) => r.v);
}
