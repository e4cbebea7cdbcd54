import { TRPCError } from "@trpc/server";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, legalSources, revisions, users } from "@/db/schema";
import { loadSeedContent } from "@/db/seed/case-file";
import { ConflictError } from "@/lib/errors";
import { callerWithSession, readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
type Who = Awaited<ReturnType<typeof signedIn>>;
let editor: Who;
let admin: Who;
beforeAll(async () => {
  editor = await signedIn(db().db, "editor");
  admin = await signedIn(db().db, "admin");
});

const source = {
  kind: "case",
  shortTitle: "Bas v. Tingy (test copy)",
  citation: "Bas v. Tingy, 4 U.S. (4 Dall.) 37 (1800)",
  date: "1800",
  datePrecision: "year",
  summary: "Limited war can be authorized short of a declaration.",
  verification: "checked",
};
const argument = (positionId = "p-kaine-unconstitutional") => ({
  positionId,
  claim: "Congress may authorize limited hostilities without declaring war.",
  explanation: "Bas v. Tingy recognized imperfect war authorized by statute.",
  attributedTo: ["kaine"],
  events: ["e-2021-02-25-strikes"],
});

async function rowCounts(d: Db) {
  const [[r], [a], [s], [u]] = await Promise.all([
    d.select({ n: count() }).from(revisions),
    d
      .select({ n: count() })
      .from(auditLog)
      .where(
        sql`${auditLog.action} like '%.%' or ${auditLog.action} like 'user_%' or ${auditLog.action} = 'sessions_revoked'`,
      ),
    d.select({ n: count() }).from(legalSources),
    d.select({ n: count() }).from(users),
  ]);
  return { revisions: r!.n, audit: a!.n, sources: s!.n, users: u!.n };
}

describe("creating, editing and reading back", () => {
  it("creates a draft with a readable id, links and a first revision; the public cannot see it yet", async () => {
    const created = await editor.caller.curation.create({ type: "argument", values: argument() });
    expect(created).toMatchObject({
      id: "a-congress-may-authorize-limited-hostilities-without-declaring-war",
      status: "draft",
      version: 1,
    });
    expect(created.values).toMatchObject({ attributedTo: ["kaine"], events: ["e-2021-02-25-strikes"], quotes: [] });
    await expect(readerCaller(db().db).argument.byId({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await editor.caller.curation.create({ type: "argument", values: argument() });
    expect(again.id).toBe(`${created.id}-2`);
    const [rev] = await editor.caller.curation.history({ type: "argument", id: created.id });
    expect(rev).toMatchObject({ action: "create", version: 1, before: null, userEmail: editor.email });
  });

  it("rejects bad input with the field at fault and writes nothing", async () => {
    const before = await rowCounts(db().db);
    const error = await editor.caller.curation
      .create({ type: "legalSource", values: { ...source, citation: "Bas v Tingy, somewhere" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).message).toMatch(/^citation: Not a citation form/);
    await expect(
      editor.caller.curation.create({ type: "legalSource", values: { ...source, date: "May 1800" } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^date: must be YYYY/),
    });
    await expect(
      editor.caller.curation.create({ type: "argument", values: argument("p-nobody") }),
    ).rejects.toMatchObject({
      message: 'positionId: no position "p-nobody"',
    });
    await expect(
      editor.caller.curation.create({
        type: "relation",
        values: { kind: "supports", toArgumentId: "a-article-ii-suffices" },
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^fromArgumentId: give exactly one/),
    });
    expect(await rowCounts(db().db)).toEqual(before);
  });

  it("parses the citation, and links citations, relations and clash sides with derived ids", async () => {
    const ls = await editor.caller.curation.create({ type: "legalSource", values: source });
    const [row] = await db()
      .db.select({ parts: legalSources.citationParts })
      .from(legalSources)
      .where(eq(legalSources.id, ls.id));
    expect(row?.parts).toMatchObject({ form: "case", nominative: "4 Dall.", page: "37" });
    const cite = await editor.caller.curation.create({
      type: "citation",
      values: {
        argumentId: "a-declare-war-clause-congress-decides",
        legalSourceId: ls.id,
        pinpoint: "at 40",
        use: "relies_on",
      },
    });
    expect(cite.id).toBe("a-declare-war-clause-congress-decides-cite-4");
    const rel = await editor.caller.curation.create({
      type: "relation",
      values: { fromArgumentId: "a-zombie-aumfs", kind: "qualifies", toPositionId: "p-kaine-unconstitutional" },
    });
    expect(rel.id).toBe("a-zombie-aumfs-qualifies-1");
    const side = await editor.caller.curation.create({
      type: "clashSide",
      values: { clashId: "c-consultation", label: "It depends", positions: ["p-repeal-and-reform"] },
    });
    expect(side.id).toBe("c-consultation-side-3");
  });

  it("computes an anchor's offsets from its words in the document", async () => {
    const anchor = await editor.caller.curation.create({
      type: "anchor",
      values: { documentId: "doc-2021-02-syria-strikes-article", exact: "no one was hurt" },
    });
    const [row] = await db()
      .db.execute(sql`select start, "end", prefix from anchors where id = ${anchor.id}`)
      .then(
        (r) =>
          (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { start: number; end: number; prefix: string }[],
      );
    const at = loadSeedContent().articleText.indexOf("no one was hurt"); // no astral characters before it
    expect(row).toMatchObject({ start: at, end: at + 15, prefix: "d the U.S. Embassy compound, but ".slice(-32) });
    await expect(
      editor.caller.curation.create({
        type: "anchor",
        values: { documentId: "doc-2021-02-syria-strikes-article", exact: "Feb. 15" },
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^exact: The quote occurs 2 times/),
    });
  });
});

describe("concurrent edits", () => {
  it("answers a stale save with CONFLICT carrying the newer version, and keeps the first save", async () => {
    const created = await editor.caller.curation.create({
      type: "actor",
      values: { name: "Conflict Tester", kind: "person" },
    });
    const first = await editor.caller.curation.update({
      type: "actor",
      id: created.id,
      baseVersion: 1,
      values: { ...created.values, role: "First edit" },
    });
    expect(first.version).toBe(2);
    const error = (await admin.caller.curation
      .update({ type: "actor", id: created.id, baseVersion: 1, values: { ...created.values, role: "Second edit" } })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    expect(error.cause).toBeInstanceOf(ConflictError);
    expect((error.cause as ConflictError).current).toMatchObject({ version: 2, values: { role: "First edit" } });
    const now = await editor.caller.curation.get({ type: "actor", id: created.id });
    expect(now.values.role).toBe("First edit");
  });
});

describe("history", () => {
  it("reverts to an earlier revision byte for byte, as a new revision", async () => {
    const created = await editor.caller.curation.create({
      type: "argument",
      values: { ...argument(), claim: "A claim to revert — with “quotes” and 𝔄." },
    });
    const original = JSON.stringify(created.values);
    const changed = await editor.caller.curation.update({
      type: "argument",
      id: created.id,
      baseVersion: 1,
      values: { ...created.values, claim: "Changed.", attributedTo: [], events: ["e-2021-02-27-war-powers-report"] },
      note: "tighten",
    });
    const revs = await editor.caller.curation.history({ type: "argument", id: created.id });
    expect(revs.map((r) => r.action)).toEqual(["update", "create"]);
    expect(revs[0]!.note).toBe("tighten");
    const reverted = await editor.caller.curation.revert({
      type: "argument",
      id: created.id,
      revisionId: revs[1]!.id,
      baseVersion: changed.version,
    });
    expect(JSON.stringify(reverted.values)).toBe(original);
    expect(reverted.version).toBe(3);
    expect((await editor.caller.curation.history({ type: "argument", id: created.id })).map((r) => r.action)).toEqual([
      "revert",
      "update",
      "create",
    ]);
  });

  it("keeps revisions and the audit log append-only", async () => {
    const reason = (e: unknown) => String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
    expect(
      reason(
        await db()
          .db.execute(sql`update revisions set note = 'rewritten'`)
          .catch((e: unknown) => e),
      ),
    ).toMatch(/append-only/);
    expect(
      reason(
        await db()
          .db.execute(sql`delete from audit_log`)
          .catch((e: unknown) => e),
      ),
    ).toMatch(/append-only/);
  });
});

describe("workflow and soft delete", () => {
  it("moves draft → in review → published, with editors unable to publish or change published content", async () => {
    const created = await editor.caller.curation.create({
      type: "argument",
      values: { ...argument(), claim: "Workflow claim for review." },
    });
    expect((await editor.caller.curation.get({ type: "argument", id: created.id })).transitions).toEqual(["in_review"]);
    const submitted = await editor.caller.curation.transition({
      type: "argument",
      id: created.id,
      baseVersion: 1,
      to: "in_review",
    });
    await expect(
      editor.caller.curation.transition({
        type: "argument",
        id: created.id,
        baseVersion: submitted.version,
        to: "published",
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const published = await admin.caller.curation.transition({
      type: "argument",
      id: created.id,
      baseVersion: submitted.version,
      to: "published",
    });
    expect((await readerCaller(db().db).argument.byId({ id: created.id })).claim).toBe("Workflow claim for review.");
    await expect(
      editor.caller.curation.update({
        type: "argument",
        id: created.id,
        baseVersion: published.version,
        values: { ...published.values, claim: "Sneaky" },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("soft-deletes (hidden from the public, kept in the database) and lets only an admin restore", async () => {
    const created = await editor.caller.curation.create({
      type: "prompt",
      values: { caseId: "2021-syria-border-strikes", prompt: "A prompt to delete?" },
    });
    const deleted = await editor.caller.curation.delete({ type: "prompt", id: created.id, baseVersion: 1 });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await editor.caller.curation.list({ type: "prompt" })).items.map((i) => i.id)).not.toContain(created.id);
    expect((await editor.caller.curation.list({ type: "prompt", deleted: true })).items.map((i) => i.id)).toContain(
      created.id,
    );
    await expect(
      editor.caller.curation.restore({ type: "prompt", id: created.id, baseVersion: deleted.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const restored = await admin.caller.curation.restore({
      type: "prompt",
      id: created.id,
      baseVersion: deleted.version,
    });
    expect(restored.deletedAt).toBeNull();
    expect((await admin.caller.curation.history({ type: "prompt", id: created.id })).map((r) => r.action)).toEqual([
      "restore",
      "delete",
      "create",
    ]);
  });

  it("writes one audit row for every successful change", async () => {
    const before = await rowCounts(db().db);
    const created = await editor.caller.curation.create({
      type: "actor",
      values: { name: "Audited Person", kind: "person" },
    });
    const updated = await editor.caller.curation.update({
      type: "actor",
      id: created.id,
      baseVersion: 1,
      values: { ...created.values, role: "Audited" },
    });
    await editor.caller.curation.transition({
      type: "actor",
      id: created.id,
      baseVersion: updated.version,
      to: "in_review",
    });
    const after = await rowCounts(db().db);
    expect(after.audit - before.audit).toBe(3);
    expect(after.revisions - before.revisions).toBe(3);
  });
});

describe("authorization matrix", () => {
  it("refuses every change to anonymous and revoked sessions, admin-only changes to editors, and changes nothing when refused", async () => {
    const victim = await signedIn(db().db, "editor");
    const revoked = await signedIn(db().db, "editor");
    await admin.caller.users.revokeSessions({ id: revoked.id });
    const seededArgument = await admin.caller.curation.get({ type: "argument", id: "a-zombie-aumfs" });

    type Call = (c: Who["caller"]) => Promise<unknown>;
    const calls: [name: string, call: Call, editorAllowed: boolean][] = [
      [
        "curation.create",
        (c) => c.curation.create({ type: "actor", values: { name: "Matrix Person", kind: "person" } }),
        true,
      ],
      [
        "curation.update (published)",
        (c) =>
          c.curation.update({
            type: "argument",
            id: "a-zombie-aumfs",
            baseVersion: seededArgument.version,
            values: seededArgument.values,
          }),
        false,
      ],
      [
        "curation.delete (published)",
        (c) => c.curation.delete({ type: "argument", id: "a-zombie-aumfs", baseVersion: seededArgument.version }),
        false,
      ],
      [
        "curation.restore",
        (c) => c.curation.restore({ type: "argument", id: "a-zombie-aumfs", baseVersion: seededArgument.version }),
        false,
      ],
      [
        "curation.transition (unpublish)",
        (c) =>
          c.curation.transition({
            type: "argument",
            id: "a-zombie-aumfs",
            baseVersion: seededArgument.version,
            to: "draft",
          }),
        false,
      ],
      [
        "users.create",
        (c) =>
          c.users.create({
            email: "matrix@example.org",
            name: "M",
            password: "a long enough password",
            role: "editor",
          }),
        false,
      ],
      ["users.setRole", (c) => c.users.setRole({ id: victim.id, role: "admin" }), false],
      ["users.setDisabled", (c) => c.users.setDisabled({ id: victim.id, disabled: true }), false],
      ["users.revokeSessions", (c) => c.users.revokeSessions({ id: victim.id }), false],
    ];
    const anonymous = callerWithSession(db().db).caller;
    for (const [name, call, editorAllowed] of calls) {
      const before = await rowCounts(db().db);
      await expect(call(anonymous), `${name} anonymous`).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(call(revoked.caller), `${name} revoked`).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      if (!editorAllowed)
        await expect(call(editor.caller), `${name} editor`).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await rowCounts(db().db), `${name}: nothing changed when refused`).toEqual(before);
    }
    // And the same calls succeed for the roles allowed to make them.
    await expect(calls[0]![1](editor.caller)).resolves.toBeTruthy();
    await expect(calls[4]![1](admin.caller)).resolves.toMatchObject({ status: "draft" });
  });

  it("keeps reads of the curation area to signed-in editors", async () => {
    await expect(callerWithSession(db().db).caller.curation.list({ type: "argument" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      callerWithSession(db().db).caller.curation.get({ type: "argument", id: "a-zombie-aumfs" }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await editor.caller.curation.options({ type: "legalSource", text: "1543" }))[0]).toMatchObject({
      id: "wpr-1543a",
    });
  });
});

describe("over HTTP", () => {
  it("names the field at fault in the error data the form reads", async () => {
    const { fetchRequestHandler } = await import("@trpc/server/adapters/fetch");
    const { appRouter } = await import("../root");
    const body = { json: { type: "legalSource", values: { ...source, citation: "Hamdi v Rumsfeld (2004)" } } };
    const req = new Request("http://localhost/api/trpc/curation.create", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `wpe_session=${editor.token}` },
      body: JSON.stringify(body),
    });
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => ({ getDb: async () => db().db, headers: req.headers }),
    });
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } };
    expect(json.error.json.data.fieldErrors.citation?.[0]).toMatch(/^Not a citation form/);
  });
});

describe("preview", () => {
  it("shows editors a draft in place while readers still get NOT_FOUND, without leaking drafts to public calls", async () => {
    const draft = await editor.caller.curation.create({
      type: "argument",
      values: { ...argument(), claim: "A draft claim seen only in preview." },
    });
    await editor.caller.curation.create({
      type: "citation",
      values: { argumentId: draft.id, legalSourceId: "prize-cases", pinpoint: "at 670", use: "relies_on" },
    });
    const preview = await editor.caller.preview.argument({ id: draft.id });
    expect(preview.claim).toBe("A draft claim seen only in preview.");
    expect(preview.citations.map((c) => c.formatted)).toEqual(["The Prize Cases, 67 U.S. (2 Black) 635, 670 (1863)"]);
    await expect(readerCaller(db().db).argument.byId({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const position = await editor.caller.preview.position({ id: "p-kaine-unconstitutional" });
    expect(position.arguments.map((a) => a.id)).toContain(draft.id);
    expect(
      (await readerCaller(db().db).position.byId({ id: "p-kaine-unconstitutional" })).arguments.map((a) => a.id),
    ).not.toContain(draft.id);
    await expect(callerWithSession(db().db).caller.preview.argument({ id: draft.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("authorization of the remaining changes", () => {
  it("refuses anchoring and reverting without a session, and changes nothing", async () => {
    const anonymous = callerWithSession(db().db).caller;
    const before = await rowCounts(db().db);
    await expect(
      anonymous.curation.anchorSelection({
        documentId: "doc-2021-02-syria-strikes-article",
        start: 0,
        end: 4,
        owner: { type: "quote", id: "q-kirby-2021-02-25-proportionate-response" },
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      anonymous.curation.revert({ type: "argument", id: "a-zombie-aumfs", revisionId: 1, baseVersion: 1 }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.auth.logout()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await rowCounts(db().db)).toEqual(before);
  });
});
