import { describe, expect, it } from "vitest";
import { createCaller } from "../root";
import { JOIN_LIMIT, VOTE_LIMIT } from "../services/lesson-votes";
import { seededDatabaseForFile, signedIn, studentBrowser } from "../testing";

const db = seededDatabaseForFile();
const caseSlug = "2021-syria-border-strikes";
const positionIds = ["p-kaine-unconstitutional", "p-white-house-article-ii"];

/** A student's browser (see studentBrowser). */
const student = (ip?: string, cookie?: string) => studentBrowser(db().db, ip, cookie);

async function newLesson(opts: { blind?: boolean; role?: "editor" | "admin"; positions?: string[] } = {}) {
  const teacher = await signedIn(db().db, opts.role ?? "admin");
  const { code } = await teacher.caller.lessons.create({
    caseSlug,
    title: "Consultation and war powers",
    positionIds: opts.positions ?? positionIds,
    promptIds: ["dq-extraordinary-circumstances"],
    blind: opts.blind ?? false,
    order: 2,
  });
  return { teacher, code };
}

/** The lesson as an open lesson (fails the test if students get a notice instead). */
async function readable(code: string, s = student()) {
  const lesson = await s.lessons().byCode({ code });
  if (!("comparison" in lesson)) throw new Error(`lesson ${code} is ${lesson.state}`);
  return lesson;
}

async function firstQuestion(code: string) {
  const lesson = await readable(code);
  const row = lesson.comparison.rows.find((r) => r.clashId === "c-consultation") ?? lesson.comparison.rows[0]!;
  return { clashId: row.clashId, args: row.cells.flat() };
}

describe("lessons", () => {
  it("are made by editors only, with a six-character code", async () => {
    const { code } = await newLesson();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const anon = createCaller({ getDb: async () => db().db, headers: new Headers() });
    await expect(anon.lessons.create({ caseSlug, title: "x", positionIds })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anon.lessons.tally({ code })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("keep a frozen snapshot: later edits to the case do not change a running lesson", async () => {
    const { code } = await newLesson();
    const before = await readable(code.toLowerCase());
    const claim = before.comparison.rows[0]!.cells.flat()[0]!;
    const admin = await signedIn(db().db, "admin");
    const current = await admin.caller.curation.get({ type: "argument", id: claim.id });
    await admin.caller.curation.update({
      type: "argument",
      id: claim.id,
      baseVersion: current.version,
      values: { ...current.values, claim: "Rewritten after the lesson began." },
    });
    expect((await admin.caller.argument.byId({ id: claim.id })).claim).toBe("Rewritten after the lesson began.");
    const after = await readable(code);
    expect(after.comparison.rows[0]!.cells.flat()[0]!.claim).toBe(claim.claim);
    expect(after.prompts.map((p) => p.id)).toEqual(["dq-extraordinary-circumstances"]);
  });

  it("in blind mode store no holders or speakers at all", async () => {
    const { code } = await newLesson({ blind: true });
    const lesson = await readable(code);
    expect(lesson.comparison.columns.map((c) => c.label)).toEqual(["Position A", "Position B"]);
    expect(JSON.stringify(lesson)).not.toContain("Tim Kaine");
  });
});

describe("lesson votes", () => {
  it("take one vote per joined browser per question, the latest choice counting", async () => {
    const { teacher, code } = await newLesson();
    const { clashId, args } = await firstQuestion(code);
    const [first, second] = args;

    const alice = student();
    await alice.lessons().join({ code });
    expect(alice.lastSetCookie()).toMatch(
      new RegExp(`^wpe_lesson_${code}=[A-Za-z0-9_-]{32}; Path=/; HttpOnly; SameSite=Lax; Max-Age=\\d+(; Secure)?$`),
    );
    await alice.lessons().vote({ code, clashId, argumentId: first!.id });
    await alice.lessons().vote({ code, clashId, argumentId: second!.id });
    expect((await readable(code, alice)).myVotes).toEqual({ [clashId]: second!.id });
    // Joining again with the cookie keeps the same token and uses no more of the address's cap.
    const cookieBefore = alice.jar.get(`wpe_lesson_${code}`);
    await alice.lessons().join({ code });
    expect(alice.jar.get(`wpe_lesson_${code}`)).toBe(cookieBefore);

    const bob = student();
    await bob.lessons().join({ code });
    await bob.lessons().vote({ code, clashId, argumentId: second!.id });
    const t = await teacher.caller.lessons.tally({ code });
    const q = t.questions.find((x) => x.clashId === clashId)!;
    expect(q.total).toBe(2);
    expect(q.arguments.find((a) => a.id === second!.id)?.votes).toBe(2);
    expect(q.arguments.find((a) => a.id === first!.id)?.votes).toBe(0);
    expect(t.joined).toBe(2);
  });

  it("count nothing from 30 cookieless requests, and show the teacher they were refused", async () => {
    const { teacher, code } = await newLesson();
    const { clashId, args } = await firstQuestion(code);
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      await student()
        .lessons()
        .vote({ code, clashId, argumentId: args[0]!.id })
        .catch((e: { code: string; message: string }) => {
          expect(e).toMatchObject({
            code: "FORBIDDEN",
            message: expect.stringContaining(`has not joined lesson ${code}`),
          });
          refused++;
        });
    }
    const t = await teacher.caller.lessons.tally({ code });
    console.info(
      `30 cookieless votes: ${refused} refused, ${t.questions.find((q) => q.clashId === clashId)!.total} counted, ${t.refusedVotes} shown to the teacher`,
    );
    expect(refused).toBe(30);
    expect(t.questions.find((q) => q.clashId === clashId)!.total).toBe(0);
    expect(t.refusedVotes).toBe(30);
  });

  it("refuse a made-up token, and a token issued for another lesson", async () => {
    const { code } = await newLesson();
    const { code: other } = await newLesson();
    const { clashId, args } = await firstQuestion(code);
    const forged = student("203.0.113.11", `wpe_lesson_${code}=${"A".repeat(32)}`);
    await expect(forged.lessons().vote({ code, clashId, argumentId: args[0]!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const elsewhere = student("203.0.113.11");
    await elsewhere.lessons().join({ code: other });
    const token = elsewhere.jar.get(`wpe_lesson_${other}`)!;
    const moved = student("203.0.113.11", `wpe_lesson_${code}=${token}`);
    await expect(moved.lessons().vote({ code, clashId, argumentId: args[0]!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuse votes for arguments outside the question, and unknown lessons", async () => {
    const { code } = await newLesson();
    const { clashId } = await firstQuestion(code);
    const s = student();
    await s.lessons().join({ code });
    await expect(s.lessons().vote({ code, clashId, argumentId: "a-zombie-aumfs" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(s.lessons().join({ code: "ZZZZZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.lessons().vote({ code: "ZZZZZZ", clashId, argumentId: "a-zombie-aumfs" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuse a joined browser that votes faster than anyone changes their mind", async () => {
    const { teacher, code } = await newLesson();
    const { clashId, args } = await firstQuestion(code);
    const s = student("203.0.113.12");
    await s.lessons().join({ code });
    for (let i = 0; i < VOTE_LIMIT.max; i++) await s.lessons().vote({ code, clashId, argumentId: args[i % 2]!.id });
    await expect(s.lessons().vote({ code, clashId, argumentId: args[0]!.id })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Try again in \d+ s\./),
    });
    const t = await teacher.caller.lessons.tally({ code });
    expect(t.questions.find((q) => q.clashId === clashId)!.total).toBe(1);
    expect(t.refusedVotes).toBe(1);
  });

  it("let a class of 60 join from one address, refuse the 30 browsers beyond it, and count them for the teacher", async () => {
    const { teacher, code } = await newLesson();
    const { clashId, args } = await firstQuestion(code);
    const school = "198.51.100.200";
    for (let i = 0; i < JOIN_LIMIT.max; i++) {
      const s = student(school);
      await s.lessons().join({ code });
      await s.lessons().vote({ code, clashId, argumentId: args[i % args.length]!.id });
    }
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      const s = student(school);
      await s
        .lessons()
        .join({ code })
        .catch((e: { code: string }) => {
          expect(e.code).toBe("TOO_MANY_REQUESTS");
          refused++;
        });
      await s
        .lessons()
        .vote({ code, clashId, argumentId: args[0]!.id })
        .catch(() => undefined);
    }
    // Another network is not held back by the first.
    const home = student("192.0.2.50");
    await home.lessons().join({ code });
    await home.lessons().vote({ code, clashId, argumentId: args[0]!.id });

    const t = await teacher.caller.lessons.tally({ code });
    const total = t.questions.find((q) => q.clashId === clashId)!.total;
    console.info(
      `one address, ${JOIN_LIMIT.max} + 30 browsers: ${t.joined} joined, ${total} votes counted, ${t.refusedJoins} joins and ${t.refusedVotes} votes refused`,
    );
    expect(refused).toBe(30);
    expect(total).toBe(JOIN_LIMIT.max + 1);
    expect(t.joined).toBe(JOIN_LIMIT.max + 1);
    expect(t.refusedJoins).toBe(30);
    expect(t.refusedVotes).toBe(30);
  });
});

/** An editor's lesson, approved by an admin, with one student who joined and voted for the first argument. */
async function approvedLessonWithAVote() {
  const { teacher, code } = await newLesson({ role: "editor" });
  const admin = await signedIn(db().db, "admin");
  await admin.caller.lessons.approve({ code });
  const { clashId, args } = await firstQuestion(code);
  const s = student();
  await s.lessons().join({ code });
  await s.lessons().vote({ code, clashId, argumentId: args[0]!.id });
  return { teacher, admin, code, clashId, args, s };
}

describe("the teacher's controls", () => {
  it("close and reopen voting: students see it is closed, the tally stays", async () => {
    const { teacher, admin, code, clashId, args, s } = await approvedLessonWithAVote();

    const stranger = await signedIn(db().db, "editor");
    await expect(stranger.caller.lessons.close({ code })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await teacher.caller.lessons.close({ code });
    const closed = await readable(code, s);
    expect(closed).toMatchObject({ state: "closed", notice: expect.stringContaining("closed") });
    await expect(s.lessons().vote({ code, clashId, argumentId: args[1]!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("closed"),
    });
    await expect(student().lessons().join({ code })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await teacher.caller.lessons.tally({ code })).questions.find((q) => q.clashId === clashId)!.total).toBe(1);

    await admin.caller.lessons.reopen({ code });
    await s.lessons().vote({ code, clashId, argumentId: args[1]!.id });
    expect((await readable(code, s)).myVotes).toEqual({ [clashId]: args[1]!.id });
  });

  it("delete softly: the code answers 404 to students, admins see and restore it with its votes", async () => {
    const { teacher, admin, code, clashId, args, s } = await approvedLessonWithAVote();

    await teacher.caller.lessons.delete({ code });
    await expect(s.lessons().byCode({ code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.lessons().join({ code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.lessons().vote({ code, clashId, argumentId: args[0]!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await teacher.caller.lessons.list()).map((l) => l.code)).not.toContain(code);
    await expect(teacher.caller.lessons.tally({ code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(teacher.caller.lessons.restore({ code })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const listed = (await admin.caller.lessons.list()).find((l) => l.code === code);
    expect(listed?.deleted).toBeInstanceOf(Date);
    expect(await admin.caller.lessons.tally({ code })).toMatchObject({ deleted: true });
    await admin.caller.lessons.restore({ code });
    expect((await readable(code, s)).myVotes).toEqual({ [clashId]: args[0]!.id });
    expect((await teacher.caller.lessons.tally({ code })).questions.find((q) => q.clashId === clashId)!.total).toBe(1);
  });
});

describe("lesson review", () => {
  it("keeps an editor's lesson, title and all, from students until an admin approves it", async () => {
    const { teacher, code } = await newLesson({ role: "editor" });
    const waiting = await student().lessons().byCode({ code });
    expect(waiting).toEqual({ state: "awaiting_approval", code, notice: expect.stringContaining("not open yet") });
    await expect(student().lessons().join({ code })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("not open yet"),
    });
    expect((await teacher.caller.lessons.tally({ code })).state).toBe("awaiting_approval");

    await teacher.caller.lessons.retitle({ code, title: "Period 2: who decides?" });
    await expect(teacher.caller.lessons.approve({ code })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await signedIn(db().db, "admin");
    await admin.caller.lessons.approve({ code });
    expect((await readable(code)).title).toBe("Period 2: who decides?");

    // Approved text is published text: only an admin changes it (ADR 0004).
    await expect(teacher.caller.lessons.retitle({ code, title: "Unreviewed words" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await admin.caller.lessons.retitle({ code, title: "Period 2: who decides war?" });
    expect((await readable(code)).title).toBe("Period 2: who decides war?");
  });

  it("opens an admin's own lesson at once", async () => {
    const { code } = await newLesson({ role: "admin" });
    expect((await readable(code)).state).toBe("open");
  });
});

describe("lessons after content leaves publication", () => {
  async function setStatus(type: "argument" | "position", id: string, to: "draft" | "published") {
    const admin = await signedIn(db().db, "admin");
    const current = await admin.caller.curation.get({ type, id });
    await admin.caller.curation.transition({ type, id, baseVersion: current.version, to });
  }

  it("leave out an unpublished argument, refuse votes for it, and mark it for the teacher", async () => {
    const { teacher, code } = await newLesson({
      positions: ["p-kaine-unconstitutional", "p-olc-broad-executive-power"],
    });
    const { clashId, args } = await firstQuestion(code);
    const gone = args[0]!;
    const s = student();
    await s.lessons().join({ code });
    await setStatus("argument", gone.id, "draft");
    try {
      const lesson = await readable(code, s);
      expect(JSON.stringify(lesson)).not.toContain(`"${gone.id}"`);
      await expect(s.lessons().vote({ code, clashId, argumentId: gone.id })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      const t = await teacher.caller.lessons.tally({ code });
      expect(t.questions.flatMap((q) => q.arguments).find((a) => a.id === gone.id)).toMatchObject({ hidden: true });
    } finally {
      await setStatus("argument", gone.id, "published");
    }
    expect(JSON.stringify(await readable(code, s))).toContain(`"${gone.id}"`);
  });

  it("withdraw the whole lesson when one of its positions is unpublished, with a notice to students and the teacher", async () => {
    const { teacher, code } = await newLesson({
      positions: ["p-kaine-unconstitutional", "p-olc-broad-executive-power"],
    });
    const { clashId, args } = await firstQuestion(code);
    const s = student();
    await s.lessons().join({ code });
    await setStatus("position", "p-olc-broad-executive-power", "draft");
    try {
      const lesson = await s.lessons().byCode({ code });
      expect(lesson).toEqual({
        state: "withdrawn",
        code,
        notice: expect.stringContaining("withdrawn from publication"),
      });
      await expect(s.lessons().vote({ code, clashId, argumentId: args[0]!.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await teacher.caller.lessons.tally({ code })).toMatchObject({ state: "withdrawn", withdrawn: true });
    } finally {
      await setStatus("position", "p-olc-broad-executive-power", "published");
    }
    expect((await readable(code, s)).state).toBe("open");
  });
});
