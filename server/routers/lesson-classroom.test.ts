import { describe, expect, it } from "vitest";
import { CSV_BOM } from "@/lib/export/csv";
import type { SideMode } from "@/lib/lesson-sides";
import { createCaller } from "../root";
import { CONTRIBUTE_LIMIT, contribute, PENDING_CAP } from "../services/lesson-classroom";
import { seededDatabaseForFile, signedIn, studentBrowser } from "../testing";

const db = seededDatabaseForFile();
const caseSlug = "2021-syria-border-strikes";
const positionIds = ["p-kaine-unconstitutional", "p-white-house-article-ii"];
let ipCounter = 0;
/** Each student on an address of their own, unless a test puts a class behind one. */
const student = (ip = `203.0.113.${++ipCounter % 250}`) => studentBrowser(db().db, ip);

async function newLesson(opts: { sides?: SideMode; blind?: boolean; role?: "admin" | "editor" } = {}) {
  const teacher = await signedIn(db().db, opts.role ?? "admin");
  const { code } = await teacher.caller.lessons.create({
    caseSlug,
    title: "Who decides on force?",
    positionIds,
    blind: opts.blind ?? false,
    order: 3,
    sides: opts.sides ?? "off",
  });
  return { teacher, code };
}

async function joined(code: string, s = student()) {
  await s.lessons().join({ code });
  return s;
}

async function lessonOf(code: string, s: ReturnType<typeof student>) {
  const lesson = await s.lessons().byCode({ code });
  if (!("comparison" in lesson)) throw new Error(`lesson ${code} is ${lesson.state}`);
  return lesson;
}

/** A question of the lesson and an argument of each side on it, as the student's page names them. */
async function question(code: string, s: ReturnType<typeof student>) {
  const lesson = await lessonOf(code, s);
  const row = lesson.comparison.rows.find((r) => r.cells.every((c) => c.length > 0))!;
  const sideOf = (i: number) => lesson.room.columns.find((c) => c.key === lesson.comparison.columns[i]!.key)!.index;
  return {
    clashId: row.clashId,
    argumentOn: (side: number) => row.cells[row.cells.findIndex((_, i) => sideOf(i) === side)]![0]!,
  };
}

describe("sides in a lesson", () => {
  it("are spread evenly as students join; each sees their side first; a swap moves everyone at once", async () => {
    const { teacher, code } = await newLesson({ sides: "even" });
    const students = [];
    for (let i = 0; i < 5; i++) students.push(await joined(code));
    const sides: number[] = [];
    for (const s of students) {
      const lesson = await lessonOf(code, s);
      const side = lesson.room.me.side!;
      sides.push(side);
      // The first column on the page is the student's own.
      expect(lesson.comparison.columns[0]!.key).toBe(lesson.room.columns[side]!.key);
      expect(lesson.room.me.sideLabel).toBe(lesson.room.columns[side]!.label);
    }
    expect(sides).toEqual([0, 1, 0, 1, 0]);

    await teacher.caller.lessons.swapSides({ code });
    for (const [i, s] of students.entries()) {
      const lesson = await lessonOf(code, s);
      expect(lesson.room.me.side).toBe(1 - sides[i]!);
      expect(lesson.comparison.columns[0]!.key).toBe(lesson.room.columns[1 - sides[i]!]!.key);
    }
    // Someone joining after the swap still evens the sides out: 3 argue column 1 now, 2 column 0.
    const late = await joined(code);
    expect((await lessonOf(code, late)).room.me.side).toBe(0);
    const room = await teacher.caller.lessons.classroom({ code });
    expect(room.swaps).toBe(1);
    expect(room.students.map((s) => s.side)).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it("wait for the teacher in 'teacher' mode: one assigned by hand, the rest evenly", async () => {
    const { teacher, code } = await newLesson({ sides: "teacher" });
    const [a, b, c] = [await joined(code), await joined(code), await joined(code)];
    expect((await lessonOf(code, a)).room.me.side).toBeNull();
    const { clashId } = await question(code, a);
    await expect(
      a.lessons().contribute({ code, name: "Ada", clashId, claim: "Congress must authorize offensive strikes." }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Your teacher has not given you a side yet." });

    const room = await teacher.caller.lessons.classroom({ code });
    await teacher.caller.lessons.assignSide({ code, student: room.students[1]!.id, side: 1 });
    expect((await lessonOf(code, b)).room.me.side).toBe(1);
    expect(await teacher.caller.lessons.assignEvenly({ code })).toEqual({ assigned: 2 });
    expect([(await lessonOf(code, a)).room.me.side, (await lessonOf(code, c)).room.me.side]).toEqual([0, 0]);
    await expect(teacher.caller.lessons.assignSide({ code, student: "0".repeat(64), side: 0 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("are changed only by the lesson's author or an admin", async () => {
    const { code } = await newLesson({ sides: "even", role: "editor" });
    const other = await signedIn(db().db, "editor");
    await expect(other.caller.lessons.swapSides({ code })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(other.caller.lessons.setSides({ code, mode: "off" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const anon = createCaller({ getDb: async () => db().db, headers: new Headers() });
    await expect(anon.lessons.classroom({ code })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anon.lessons.swapSides({ code })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("student contributions", () => {
  it("wait for the teacher, reach the class once approved, and leave every page at once when removed", async () => {
    const { teacher, code } = await newLesson({ sides: "even" });
    const ada = await joined(code);
    const ben = await joined(code);
    const { clashId, argumentOn } = await question(code, ada);
    const { id } = await ada.lessons().contribute({
      code,
      name: "  Ada  ",
      clashId,
      claim: "A strike in reprisal is not self-defense.",
      detail: "Article II covers repelling attacks, not answering them a week later.",
    });
    // Pending: Ada sees it as hers, waiting; Ben sees nothing.
    const mine = (await ada.lessons().room({ code })).mine;
    expect(mine).toMatchObject([{ id, name: "Ada", status: "pending", side: 0, clashId }]);
    expect((await ben.lessons().room({ code })).contributions).toEqual([]);

    await teacher.caller.lessons.moderate({ code, id, action: "approve" });
    const seen = (await ben.lessons().room({ code })).contributions;
    expect(seen).toMatchObject([{ id, name: "Ada", claim: "A strike in reprisal is not self-defense.", mine: false }]);

    // Ben, on the other side, rebuts it; a rebuttal of his own side's argument is refused.
    await expect(
      ben.lessons().contribute({
        code,
        name: "Ben",
        clashId,
        replyTo: { kind: "argument", id: argumentOn(1).id },
        claim: "This rebuts my own side, which makes no sense.",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("answers another side") });
    const rebuttal = await ben.lessons().contribute({
      code,
      name: "Ben",
      replyTo: { kind: "contribution", id },
      claim: "The strike answered an ongoing campaign of attacks.",
    });
    await teacher.caller.lessons.moderate({ code, id: rebuttal.id, action: "approve" });
    const both = (await ada.lessons().room({ code })).contributions;
    expect(both.map((c) => c.claim)).toEqual([
      "A strike in reprisal is not self-defense.",
      "The strike answered an ongoing campaign of attacks.",
    ]);
    // The rebuttal inherits the question of what it answers.
    expect(both[1]).toMatchObject({ clashId, replyTo: { kind: "contribution", claim: both[0]!.claim } });

    await teacher.caller.lessons.moderate({ code, id, action: "remove" });
    expect((await ben.lessons().room({ code })).contributions.map((c) => c.id)).toEqual([rebuttal.id]);
    expect((await ada.lessons().room({ code })).mine[0]).toMatchObject({ id, status: "removed" });
    // Nothing is lost: the teacher still has it, and restoring brings it back as it was.
    const room = await teacher.caller.lessons.classroom({ code });
    expect(room.contributions.find((c) => c.id === id)?.status).toBe("removed");
    await teacher.caller.lessons.moderate({ code, id, action: "restore" });
    expect((await ben.lessons().room({ code })).contributions).toHaveLength(2);
  });

  it("show nothing of a lesson awaiting approval, not even its columns", async () => {
    const { code } = await newLesson({ role: "editor" });
    await expect(student().lessons().room({ code })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("not open yet"),
    });
    await expect(student().lessons().setName({ code, name: "Hal" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuse bad input with a clear error and store nothing", async () => {
    const { teacher, code } = await newLesson();
    const s = await joined(code);
    const { clashId } = await question(code, s);
    const base = { code, name: "Cy", clashId, side: 0, claim: "Congress alone declares war." };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ claim: "Too short" }, /at least 10 characters/],
      [{ claim: "x".repeat(301) }, /at most 300 characters/],
      [{ detail: "x".repeat(1501) }, /at most 1500 characters/],
      [{ name: "" }, /enter the name/],
      [{ name: "x".repeat(41) }, /at most 40 characters/],
      [{ name: "Eve\u202Eevil" }, /plain name, on one line/],
      [{ name: "Two\nlines" }, /plain name, on one line/],
      [{ claim: "A claim with a NUL \u0000 in it." }, /NUL/],
      [{ side: 2 }, /not a position of this lesson/],
      [{ side: null }, /choose the position/],
      [{ clashId: "c-not-in-this-lesson" }, /not a question of this lesson/],
      [{ replyTo: { kind: "argument", id: "a-nowhere" } }, /not an argument of this lesson/],
      [{ replyTo: { kind: "contribution", id: "00000000-0000-4000-8000-000000000000" } }, /not a contribution/],
    ];
    for (const [change, message] of cases) {
      await expect(
        s.lessons().contribute({ ...base, ...change } as Parameters<ReturnType<typeof s.lessons>["contribute"]>[0]),
        JSON.stringify(change),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    }
    // A browser that never joined is refused and counted for the teacher.
    await expect(student().lessons().contribute(base)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const room = await teacher.caller.lessons.classroom({ code });
    expect(room.contributions).toEqual([]);
    expect(room.refusedContributions).toBe(1);
    // A closed lesson takes nothing more.
    await teacher.caller.lessons.close({ code });
    await expect(s.lessons().contribute(base)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("closed"),
    });
  });

  it("are limited per student, and a muted student loses everything at once and writes no more", async () => {
    const { teacher, code } = await newLesson();
    const s = await joined(code);
    const { clashId } = await question(code, s);
    const write = (n: number) =>
      s.lessons().contribute({ code, name: "Dee", clashId, side: 1, claim: `Argument number ${n} of many.` });
    for (let i = 0; i < CONTRIBUTE_LIMIT.max; i++) await write(i);
    await expect(write(99)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });

    const room = await teacher.caller.lessons.classroom({ code });
    const dee = room.students[0]!;
    expect(dee).toMatchObject({ name: "Dee", written: CONTRIBUTE_LIMIT.max, pending: CONTRIBUTE_LIMIT.max });
    await teacher.caller.lessons.moderate({ code, id: room.contributions[0]!.id, action: "approve" });
    expect(await teacher.caller.lessons.muteStudent({ code, student: dee.id, muted: true })).toEqual({
      muted: true,
      removed: CONTRIBUTE_LIMIT.max,
    });
    expect((await student().lessons().room({ code })).contributions).toEqual([]);
    expect((await s.lessons().room({ code })).me.muted).toBe(true);
    const later = new Date(Date.now() + CONTRIBUTE_LIMIT.windowMs + 1000);
    await expect(
      contribute(
        db().db,
        {
          code,
          voterToken: [...s.jar.values()][0],
          ip: "203.0.113.200",
          name: "Dee",
          clashId,
          replyTo: null,
          side: 1,
          claim: "Still trying after being muted.",
          detail: "",
        },
        later,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("stopped contributions") });
    expect((await teacher.caller.lessons.classroom({ code })).refusedContributions).toBe(2);
  });

  it(`keep at most ${PENDING_CAP} waiting per student, across rate windows`, async () => {
    const { code } = await newLesson();
    const s = await joined(code);
    const { clashId } = await question(code, s);
    const token = [...s.jar.values()][0];
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    const write = (n: number, when: Date) =>
      contribute(
        db().db,
        {
          code,
          voterToken: token,
          ip: "203.0.113.201",
          name: "Eli",
          clashId,
          replyTo: null,
          side: 0,
          claim: `Waiting argument ${n}.`,
          detail: "",
        },
        when,
      );
    for (let i = 0; i < PENDING_CAP; i++) await write(i, at(i < CONTRIBUTE_LIMIT.max ? 0 : 11));
    await expect(write(PENDING_CAP, at(12))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("waiting for your teacher"),
    });
  });

  it("name questions and arguments by token in a blind lesson, and are read back by token", async () => {
    const { teacher, code } = await newLesson({ blind: true });
    const s = await joined(code);
    const { clashId, argumentOn } = await question(code, s);
    expect(clashId).toMatch(/^clash-\d+$/);
    const target = argumentOn(0);
    expect(target.id).toMatch(/^argument-\d+$/);
    const { id } = await s.lessons().contribute({
      code,
      name: "Fay",
      side: 1,
      replyTo: { kind: "argument", id: target.id },
      claim: "That reading of the law proves too much.",
    });
    await teacher.caller.lessons.moderate({ code, id, action: "approve" });
    const seen = (await student().lessons().room({ code })).contributions[0]!;
    expect(seen).toMatchObject({ clashId, replyTo: { kind: "argument", id: target.id, claim: target.claim } });
    expect(seen.sideLabel).toMatch(/^Position [AB]$/);
    // The teacher's view names the real question.
    const room = await teacher.caller.lessons.classroom({ code });
    expect(room.contributions[0]!.clashId).toMatch(/^c-/);
  });

  it("enter the curated case only as drafts an editor imports, once", async () => {
    const { teacher, code } = await newLesson({ sides: "even" });
    const s = await joined(code);
    const { argumentOn } = await question(code, s);
    const { id } = await s.lessons().contribute({
      code,
      name: "Gus",
      replyTo: { kind: "argument", id: argumentOn(1).id },
      claim: "Briefing Congress is not the same as asking it.",
      detail: "Consultation under the War Powers Resolution means seeking advice before acting.",
    });
    await expect(teacher.caller.lessons.importContribution({ code, id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("approved"),
    });
    await teacher.caller.lessons.moderate({ code, id, action: "approve" });
    const { argumentId } = await teacher.caller.lessons.importContribution({ code, id });
    const draft = await teacher.caller.curation.get({ type: "argument", id: argumentId });
    expect(draft).toMatchObject({
      status: "draft",
      values: {
        positionId: expect.stringMatching(/^p-/),
        claim: "Briefing Congress is not the same as asking it.",
        explanation: "Consultation under the War Powers Resolution means seeking advice before acting.",
      },
    });
    expect(JSON.stringify(draft)).not.toContain("Gus");
    expect((await teacher.caller.curation.history({ type: "argument", id: argumentId })).length).toBe(1);
    // Readers do not see it.
    const anon = createCaller({ getDb: async () => db().db, headers: new Headers() });
    await expect(anon.argument.byId({ id: argumentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(teacher.caller.lessons.importContribution({ code, id })).rejects.toMatchObject({ code: "CONFLICT" });
    const room = await teacher.caller.lessons.classroom({ code });
    expect(room.contributions[0]!.importedArgumentId).toBe(argumentId);
  });
});

describe("the lesson's CSV", () => {
  it("holds students, votes and every contribution, safe for a spreadsheet", async () => {
    const { teacher, code } = await newLesson({ sides: "even" });
    const s = await joined(code);
    const { clashId, argumentOn } = await question(code, s);
    await s.lessons().vote({ code, clashId, argumentId: argumentOn(0).id });
    await s.lessons().contribute({ code, name: "=HYPERLINK(1)", clashId, claim: "-1 is a number; this is a claim." });
    const { filename, body } = await teacher.caller.lessons.csv({ code });
    expect(filename).toBe(`lesson-${code}.csv`);
    expect(body.startsWith(CSV_BOM)).toBe(true);
    const lines = body.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "record,question,position,student_seat,student_name,kind,status,text,detail,rebuts,votes,share_percent,created_at,draft_argument",
    );
    expect(lines.filter((l) => l.startsWith("student,"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("vote,")).some((l) => /,1,100,,$/.test(l))).toBe(true);
    const contribution = lines.find((l) => l.startsWith("contribution,"))!;
    expect(contribution).toContain(",'=HYPERLINK(1),argument,pending,'-1 is a number; this is a claim.,");
  });
});
