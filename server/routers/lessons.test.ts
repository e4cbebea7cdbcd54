import { describe, expect, it } from "vitest";
import { createCaller } from "../root";
import { VOTE_LIMIT } from "../services/lessons";
import { seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const caseSlug = "2021-syria-border-strikes";
const positionIds = ["p-kaine-unconstitutional", "p-white-house-article-ii"];

/** A student's browser: an optional voter cookie, an address. */
function student(voter?: string, ip = "203.0.113.10") {
  const headers = new Headers({ "x-wpe-client-ip": ip });
  if (voter) headers.set("cookie", `wpe_voter=${voter}`);
  const resHeaders = new Headers();
  return { caller: createCaller({ getDb: async () => db().db, headers, resHeaders }), resHeaders };
}

async function newLesson(blind = false) {
  const teacher = await signedIn(db().db, "editor");
  const { code } = await teacher.caller.lessons.create({ caseSlug, title: "Consultation and war powers", positionIds, promptIds: ["dq-extraordinary-circumstances"], blind, order: 2 });
  return { teacher, code };
}

describe("lessons", () => {
  it("are made by editors only, with a six-character code", async () => {
    const { code } = await newLesson();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expect(student().caller.lessons.create({ caseSlug, title: "x", positionIds })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(student().caller.lessons.tally({ code })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("keep a frozen snapshot: later edits to the case do not change a running lesson", async () => {
    const { code } = await newLesson();
    const before = await student().caller.lessons.byCode({ code: code.toLowerCase() });
    const claim = before.comparison.rows[0]!.cells.flat()[0]!;
    const admin = await signedIn(db().db, "admin");
    const current = await admin.caller.curation.get({ type: "argument", id: claim.id });
    await admin.caller.curation.update({ type: "argument", id: claim.id, baseVersion: current.version, values: { ...current.values, claim: "Rewritten after the lesson began." } });
    expect((await admin.caller.argument.byId({ id: claim.id })).claim).toBe("Rewritten after the lesson began.");
    const after = await student().caller.lessons.byCode({ code });
    expect(after.comparison.rows[0]!.cells.flat()[0]!.claim).toBe(claim.claim);
    expect(after.prompts.map((p) => p.id)).toEqual(["dq-extraordinary-circumstances"]);
  });

  it("in blind mode store no holders or speakers at all", async () => {
    const { code } = await newLesson(true);
    const lesson = await student().caller.lessons.byCode({ code });
    expect(lesson.comparison.columns.map((c) => c.label)).toEqual(["Position A", "Position B"]);
    expect(JSON.stringify(lesson)).not.toContain("Tim Kaine");
  });

  it("take one vote per browser per question, the latest choice counting", async () => {
    const { teacher, code } = await newLesson();
    const lesson = await student().caller.lessons.byCode({ code });
    const row = lesson.comparison.rows.find((r) => r.clashId === "c-consultation")!;
    const [first, second] = row.cells.flat();

    const alice = student();
    await alice.caller.lessons.vote({ code, clashId: row.clashId, argumentId: first!.id });
    const cookie = /wpe_voter=([^;]+)/.exec(alice.resHeaders.get("set-cookie") ?? "")![1]!;
    expect(alice.resHeaders.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax/);
    const aliceAgain = student(cookie);
    await aliceAgain.caller.lessons.vote({ code, clashId: row.clashId, argumentId: second!.id });
    expect((await aliceAgain.caller.lessons.byCode({ code })).myVotes).toEqual({ [row.clashId]: second!.id });

    await student("bob-token").caller.lessons.vote({ code, clashId: row.clashId, argumentId: second!.id });
    const t = await teacher.caller.lessons.tally({ code });
    const q = t.questions.find((x) => x.clashId === row.clashId)!;
    expect(q.total).toBe(2);
    expect(q.arguments.find((a) => a.id === second!.id)?.votes).toBe(2);
    expect(q.arguments.find((a) => a.id === first!.id)?.votes).toBe(0);
  });

  it("refuse votes for arguments outside the question, and too many votes from one network", async () => {
    const { code } = await newLesson();
    const lesson = await student().caller.lessons.byCode({ code });
    const [a, b] = lesson.comparison.rows;
    await expect(student("x").caller.lessons.vote({ code, clashId: a!.clashId, argumentId: "a-zombie-aumfs" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(student("x").caller.lessons.vote({ code: "ZZZZZZ", clashId: a!.clashId, argumentId: a!.cells.flat()[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ip = "203.0.113.99";
    for (let i = 0; i < VOTE_LIMIT.max; i++) {
      await student(`voter-${i}`, ip).caller.lessons.vote({ code, clashId: b!.clashId, argumentId: b!.cells.flat()[0]!.id });
    }
    await expect(student("one-more", ip).caller.lessons.vote({ code, clashId: b!.clashId, argumentId: b!.cells.flat()[0]!.id })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Try again in \d+ s\./),
    });
  });
});
