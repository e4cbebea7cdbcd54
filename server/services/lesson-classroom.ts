import { ConflictError, DomainError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, lessonContributions, lessons, lessonVoters } from "@/db/schema";
import { blindTokens, forDisplay, fromToken, type BlindTokens, type Comparison } from "@/lib/compare";
import { assignmentFor, currentSide, evenSide, spreadEvenly, withColumnFirst, type SideMode } from "@/lib/lesson-sides";
import { toCsv } from "@/lib/export/csv";
import type { LessonSnapshot } from "@/lib/lesson-snapshot";
import type { SessionUser } from "./auth";
import { createEntity } from "./curation/service";
import { parseValues } from "./curation/values";
import { managed } from "./lesson-manage";
import {
  currentContent,
  findLesson,
  myVotes,
  namedView,
  lessonForStudents,
  stateOf,
  STATE_NOTICES,
  tally,
  voterHash,
  wellFormed,
  type LessonRow,
} from "./lessons";
import { hit, type Limit } from "./rate-limit";

/**
 * Students who argue (ADR 0033): their names and sides, what they write, and the teacher's
 * moderation. A contribution waits for the teacher; an approved one is shown to the whole
 * lesson; a removed one disappears at once and stays stored, for the teacher to restore.
 */

/** What one student may write in a window: a few considered arguments, not a flood. */
export const CONTRIBUTE_LIMIT: Limit = { max: 6, windowMs: 10 * 60 * 1000 };
/** What one network may write to one lesson in a window: a class behind one school NAT fits. */
export const NETWORK_CONTRIBUTE_LIMIT: Limit = { max: 150, windowMs: 10 * 60 * 1000 };
/** Contributions one student may have waiting for the teacher at once. */
export const PENDING_CAP = 8;
export const LIMITS = { name: 40, claim: 300, detail: 1500 } as const;

export type ContributionStatus = "pending" | "approved" | "removed";
export type ReplyTarget = { kind: "argument" | "contribution"; id: string };

const statusOf = (c: { approvedAt: Date | null; removedAt: Date | null }): ContributionStatus =>
  c.removedAt ? "removed" : c.approvedAt ? "approved" : "pending";

const columnCount = (lesson: LessonRow) => lesson.snapshot.comparison.columns.length;

async function voterOf(db: Db, lessonId: string, token: string | undefined) {
  if (!wellFormed(token)) return null;
  const [row] = await db
    .select({
      tokenHash: lessonVoters.tokenHash,
      displayName: lessonVoters.displayName,
      side: lessonVoters.side,
      mutedAt: lessonVoters.mutedAt,
    })
    .from(lessonVoters)
    .where(and(eq(lessonVoters.lessonId, lessonId), eq(lessonVoters.tokenHash, voterHash(token))));
  return row ?? null;
}

/** How many students argue each column now. */
async function sideCounts(db: Db, lesson: LessonRow): Promise<number[]> {
  const rows = await db
    .select({ side: lessonVoters.side })
    .from(lessonVoters)
    .where(and(eq(lessonVoters.lessonId, lesson.id), isNotNull(lessonVoters.side)));
  const counts = Array.from({ length: columnCount(lesson) }, () => 0);
  for (const r of rows) counts[currentSide(r.side, lesson.sideShift, counts.length)!]! += 1;
  return counts;
}

/**
 * The column a newly joined student is given: in "even" mode the one with fewest students,
 * stored as an assignment before the swaps so far; otherwise none (yet).
 */
export async function sideForNewcomer(db: Db, lesson: LessonRow): Promise<number | null> {
  if (lesson.sides !== "even") return null;
  const column = evenSide(await sideCounts(db, lesson));
  return assignmentFor(column, lesson.sideShift, columnCount(lesson));
}

async function refuse(db: Db, lessonId: string, error: DomainError): Promise<never> {
  await db
    .update(lessons)
    .set({ refusedContributions: sql`${lessons.refusedContributions} + 1` })
    .where(eq(lessons.id, lessonId));
  throw error;
}

/** The lesson, refusing unless students may write in it now. */
async function openForWriting(db: Db, code: string) {
  const lesson = await lessonForStudents(db, code);
  const content = await currentContent(db, lesson);
  const state = stateOf(lesson, content.withdrawn);
  if (state !== "open")
    throw new ForbiddenError(
      state === "closed" ? "This lesson is closed; nothing more can be written in it." : STATE_NOTICES[state],
    );
  return { lesson, shown: content.snapshot };
}

/** A blind lesson's page names questions and arguments by token; anything else is an id. */
function tokensWhileHidden(lesson: LessonRow): BlindTokens | null {
  return lesson.blind && !lesson.revealedAt ? blindTokens(lesson.snapshot.comparison) : null;
}

function columnOfArgument(c: Comparison, argumentId: string): { column: number; clashId: string | null } | null {
  for (const row of c.rows) {
    const column = row.cells.findIndex((cell) => cell.some((a) => a.id === argumentId));
    if (column >= 0) return { column, clashId: row.clashId };
  }
  const column = c.others.findIndex((cell) => cell.some((a) => a.id === argumentId));
  return column >= 0 ? { column, clashId: null } : null;
}

/** Sets the name this browser shows with what it writes in the lesson. */
export async function setDisplayName(db: Db, input: { code: string; voterToken: string | undefined; name: string }) {
  const { lesson } = await openForWriting(db, input.code);
  const me = await voterOf(db, lesson.id, input.voterToken);
  if (!me) throw new ForbiddenError(`This browser has not joined lesson ${lesson.code}: open the lesson's page first.`);
  await db
    .update(lessonVoters)
    .set({ displayName: input.name })
    .where(and(eq(lessonVoters.lessonId, lesson.id), eq(lessonVoters.tokenHash, me.tokenHash)));
  return { name: input.name };
}

/**
 * A student's argument for a side, or rebuttal of one argument. With sides on, it argues
 * the student's side; without, the side they chose. A rebuttal answers another side.
 */
export async function contribute(
  db: Db,
  input: {
    code: string;
    voterToken: string | undefined;
    ip: string;
    name: string;
    clashId: string | null;
    replyTo: ReplyTarget | null;
    side: number | null;
    claim: string;
    detail: string;
  },
  now = new Date(),
) {
  const { lesson, shown } = await openForWriting(db, input.code);
  const me = await voterOf(db, lesson.id, input.voterToken);
  if (!me)
    return refuse(
      db,
      lesson.id,
      new ForbiddenError(`This browser has not joined lesson ${lesson.code}: open the lesson's page and write there.`),
    );
  if (me.mutedAt)
    return refuse(db, lesson.id, new ForbiddenError("Your teacher has stopped contributions from this browser."));

  const tokens = tokensWhileHidden(lesson);
  const columns = columnCount(lesson);
  const label = (column: number) => shown.comparison.columns[column]?.label ?? `Column ${column + 1}`;
  let clashId = input.clashId && tokens ? (fromToken(tokens, "clash", input.clashId) ?? input.clashId) : input.clashId;
  if (clashId && !shown.comparison.rows.some((r) => r.clashId === clashId))
    throw new InvalidInputError("clashId: not a question of this lesson");

  let side: number;
  if (lesson.sides === "off") {
    if (input.side === null) throw new InvalidInputError("side: choose the position your argument supports");
    if (input.side >= columns) throw new InvalidInputError("side: not a position of this lesson");
    side = input.side;
  } else {
    const mine = currentSide(me.side, lesson.sideShift, columns);
    if (mine === null) throw new ConflictError("Your teacher has not given you a side yet.");
    if (input.side !== null && input.side !== mine)
      throw new InvalidInputError(`side: you argue for ${label(mine)} in this lesson`);
    side = mine;
  }

  let replyToArgument: string | null = null;
  let replyToContribution: string | null = null;
  if (input.replyTo?.kind === "argument") {
    const id = tokens ? (fromToken(tokens, "argument", input.replyTo.id) ?? input.replyTo.id) : input.replyTo.id;
    const at = columnOfArgument(shown.comparison, id);
    if (!at) throw new InvalidInputError("replyTo: not an argument of this lesson");
    if (at.column === side)
      throw new InvalidInputError(`replyTo: a rebuttal answers another side; that argument is ${label(side)}'s`);
    if (clashId && at.clashId && at.clashId !== clashId)
      throw new InvalidInputError("replyTo: that argument is on another question");
    replyToArgument = id;
    clashId = clashId ?? at.clashId;
  } else if (input.replyTo?.kind === "contribution") {
    const [target] = await db
      .select({ side: lessonContributions.side, clashId: lessonContributions.clashId })
      .from(lessonContributions)
      .where(
        and(
          eq(lessonContributions.lessonId, lesson.id),
          eq(lessonContributions.id, input.replyTo.id),
          isNotNull(lessonContributions.approvedAt),
          isNull(lessonContributions.removedAt),
        ),
      );
    if (!target) throw new InvalidInputError("replyTo: not a contribution shown in this lesson");
    if (target.side === side)
      throw new InvalidInputError(`replyTo: a rebuttal answers another side; that one argues for ${label(side)}`);
    replyToContribution = input.replyTo.id;
    clashId = clashId ?? target.clashId;
  }

  const [waiting] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(lessonContributions)
    .where(
      and(
        eq(lessonContributions.lessonId, lesson.id),
        eq(lessonContributions.voter, me.tokenHash),
        isNull(lessonContributions.approvedAt),
        isNull(lessonContributions.removedAt),
      ),
    );
  if ((waiting?.n ?? 0) >= PENDING_CAP)
    return refuse(
      db,
      lesson.id,
      new DomainError(
        "TOO_MANY_REQUESTS",
        `You have ${PENDING_CAP} contributions waiting for your teacher; wait until they have read them.`,
      ),
    );
  for (const [key, limit] of [
    [`lesson-write:${me.tokenHash}`, CONTRIBUTE_LIMIT],
    [`lesson-write-net:${lesson.id}:${input.ip}`, NETWORK_CONTRIBUTE_LIMIT],
  ] as const) {
    const counted = await hit(db, key, limit, now);
    if (!counted.allowed)
      return refuse(
        db,
        lesson.id,
        new DomainError("TOO_MANY_REQUESTS", `Too many contributions. Try again in ${counted.retryAfterSeconds} s.`),
      );
  }

  return db.transaction(async (tx) => {
    await tx
      .update(lessonVoters)
      .set({ displayName: input.name })
      .where(and(eq(lessonVoters.lessonId, lesson.id), eq(lessonVoters.tokenHash, me.tokenHash)));
    const [created] = await tx
      .insert(lessonContributions)
      .values({
        lessonId: lesson.id,
        voter: me.tokenHash,
        displayName: input.name,
        side,
        clashId,
        replyToArgument,
        replyToContribution,
        claim: input.claim,
        detail: input.detail,
        createdAt: now,
      })
      .returning({ id: lessonContributions.id });
    return { id: created!.id, status: "pending" as ContributionStatus };
  });
}

const contributionColumns = {
  id: lessonContributions.id,
  voter: lessonContributions.voter,
  displayName: lessonContributions.displayName,
  side: lessonContributions.side,
  clashId: lessonContributions.clashId,
  replyToArgument: lessonContributions.replyToArgument,
  replyToContribution: lessonContributions.replyToContribution,
  claim: lessonContributions.claim,
  detail: lessonContributions.detail,
  createdAt: lessonContributions.createdAt,
  approvedAt: lessonContributions.approvedAt,
  removedAt: lessonContributions.removedAt,
  importedArgumentId: lessonContributions.importedArgumentId,
};
type ContributionRow = Awaited<ReturnType<typeof contributionsOf>>[number];

function contributionsOf(db: Db, lessonId: string, where?: ReturnType<typeof and>) {
  return db
    .select(contributionColumns)
    .from(lessonContributions)
    .where(and(eq(lessonContributions.lessonId, lessonId), where))
    .orderBy(asc(lessonContributions.createdAt), asc(lessonContributions.id));
}

function claimOfArgument(c: Comparison, id: string): string | null {
  for (const a of [...c.rows.flatMap((r) => r.cells.flat()), ...c.others.flat()]) if (a.id === id) return a.claim;
  return null;
}

/**
 * Contributions as a page shows them, with what they rebut. In a blind lesson the ids of
 * questions and arguments are its tokens, as everywhere on the student's page.
 */
function presented(
  rows: ContributionRow[],
  shown: Omit<LessonSnapshot, "revealed">,
  opts: { tokens: BlindTokens | null; shownIds: ReadonlySet<string>; mine?: string },
) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const token = (kind: string, id: string) =>
    opts.tokens ? (opts.tokens.get(`${kind}:${id}`) ?? `${kind}-withheld`) : id;
  return rows.map((r) => {
    const target = r.replyToContribution ? byId.get(r.replyToContribution) : undefined;
    const replyTo = r.replyToArgument
      ? {
          kind: "argument" as const,
          id: token("argument", r.replyToArgument),
          claim: claimOfArgument(shown.comparison, r.replyToArgument) ?? "An argument no longer shown",
        }
      : r.replyToContribution
        ? {
            kind: "contribution" as const,
            id: r.replyToContribution,
            claim: target && opts.shownIds.has(target.id) ? target.claim : "A contribution no longer shown",
          }
        : null;
    return {
      id: r.id,
      name: r.displayName,
      side: r.side,
      sideLabel: shown.comparison.columns[r.side]?.label ?? `Column ${r.side + 1}`,
      clashId: r.clashId ? token("clash", r.clashId) : null,
      replyTo,
      claim: r.claim,
      detail: r.detail,
      createdAt: r.createdAt,
      status: statusOf(r),
      mine: opts.mine !== undefined && r.voter === opts.mine,
    };
  });
}

export type PresentedContribution = ReturnType<typeof presented>[number];

/**
 * What one browser sees of the classroom: its name and side, the approved contributions,
 * and its own, whatever their state. `shown` is the snapshot as the page shows it.
 */
export async function studentRoom(
  db: Db,
  lesson: LessonRow,
  shown: Omit<LessonSnapshot, "revealed">,
  voterToken: string | undefined,
) {
  const me = await voterOf(db, lesson.id, voterToken);
  const columns = columnCount(lesson);
  const side = me ? currentSide(me.side, lesson.sideShift, columns) : null;
  const visible = and(isNotNull(lessonContributions.approvedAt), isNull(lessonContributions.removedAt));
  const rows = await contributionsOf(
    db,
    lesson.id,
    me ? or(visible, eq(lessonContributions.voter, me.tokenHash)) : visible,
  );
  const shownIds = new Set(rows.filter((r) => statusOf(r) === "approved").map((r) => r.id));
  const all = presented(rows, shown, { tokens: tokensWhileHidden(lesson), shownIds, mine: me?.tokenHash });
  return {
    sides: lesson.sides,
    columns: shown.comparison.columns.map((c, index) => ({ index, key: c.key, label: c.label })),
    me: {
      joined: me !== null,
      name: me?.displayName ?? null,
      side,
      sideLabel: side === null ? null : (shown.comparison.columns[side]?.label ?? null),
      muted: me?.mutedAt != null,
    },
    contributions: all.filter((c) => c.status === "approved"),
    mine: all.filter((c) => c.mine),
    limits: LIMITS,
  };
}

export type StudentRoom = Awaited<ReturnType<typeof studentRoom>>;

/** The room for a student page's own polling: the lesson as students reach it. */
export async function roomByCode(db: Db, code: string, voterToken: string | undefined) {
  const lesson = await lessonForStudents(db, code);
  const content = await currentContent(db, lesson);
  // As for the lesson itself: nothing of a lesson awaiting approval or withdrawn, not even its columns.
  const state = stateOf(lesson, content.withdrawn);
  if (state === "awaiting_approval" || state === "withdrawn") throw new ForbiddenError(STATE_NOTICES[state]);
  const hidden = lesson.blind && !lesson.revealedAt;
  const shown = hidden ? content.snapshot : (content.revealed ?? content.snapshot);
  return studentRoom(db, lesson, shown, voterToken);
}

/** What a student sees: a notice, or the comparison as frozen less what left publication, with their own votes. */
export async function lessonForStudent(db: Db, code: string, voterToken: string | undefined) {
  const lesson = await lessonForStudents(db, code);
  const content = await currentContent(db, lesson);
  const state = stateOf(lesson, content.withdrawn);
  // Until approved, not even the title is shown: it is the editor's unreviewed text.
  if (state === "awaiting_approval" || state === "withdrawn")
    return { state, code: lesson.code, notice: STATE_NOTICES[state] };
  const readable: "open" | "closed" = state;
  // Until the teacher reveals them, a blind lesson's page carries no name and no id that spells one.
  const hidden = lesson.blind && !lesson.revealedAt;
  const shown = hidden ? content.snapshot : (content.revealed ?? content.snapshot);
  const tokens = blindTokens(lesson.snapshot.comparison);
  const [mine, room] = await Promise.all([
    myVotes(db, lesson.id, voterToken),
    studentRoom(db, lesson, shown, voterToken),
  ]);
  const comparison = hidden ? forDisplay(shown.comparison, tokens) : { ...shown.comparison, blind: false };
  const view = {
    state: readable,
    code: lesson.code,
    notice: state === "closed" ? STATE_NOTICES.closed : null,
    title: lesson.title,
    blind: hidden,
    revealed: lesson.blind && !hidden,
    caseSlug: shown.caseSlug,
    caseTitle: shown.caseTitle,
    // A student who argues a side sees that side's column first.
    comparison: withColumnFirst(comparison, room.me.side),
    room,
    prompts: hidden ? shown.prompts.map((p, i) => ({ ...p, id: `prompt-${i + 1}` })) : shown.prompts,
    myVotes: hidden
      ? Object.fromEntries(
          Object.entries(mine).map(([clash, argument]) => [
            tokens.get(`clash:${clash}`) ?? clash,
            tokens.get(`argument:${argument}`) ?? argument,
          ]),
        )
      : mine,
  };
  return view;
}

// The teacher's side -------------------------------------------------------------------

/** A lesson its author or an admin may run; a deleted one must be restored first. */
async function teacherLesson(db: Db, user: SessionUser, code: string) {
  const { id } = await managed(db, user, code);
  const lesson = (await findLesson(db, code))!;
  if (lesson.deletedAt) throw new ConflictError("This lesson is deleted; restore it first.");
  return { ...lesson, id };
}

async function audit(db: Db, user: SessionUser, code: string, action: string, detail?: Record<string, unknown>) {
  await db
    .insert(auditLog)
    .values({ userId: user.id, action: `lesson.${action}`, entityType: "lesson", entityId: code, detail });
}

/** Everything the teacher reads: the students with their sides, and every contribution in every state. */
export async function classroom(db: Db, user: SessionUser, code: string) {
  const lesson = await findLesson(db, code);
  if (!lesson || (lesson.deletedAt && user.role !== "admin"))
    throw new NotFoundError(`No lesson with code ${code.toUpperCase()}.`);
  const columns = columnCount(lesson);
  const [voters, rows] = await Promise.all([
    db
      .select({
        id: lessonVoters.tokenHash,
        name: lessonVoters.displayName,
        side: lessonVoters.side,
        mutedAt: lessonVoters.mutedAt,
        joinedAt: lessonVoters.createdAt,
      })
      .from(lessonVoters)
      .where(eq(lessonVoters.lessonId, lesson.id))
      .orderBy(asc(lessonVoters.createdAt), asc(lessonVoters.tokenHash)),
    contributionsOf(db, lesson.id),
  ]);
  // The teacher reads what each rebuttal answers, whatever became of it.
  const shownIds = new Set(rows.map((r) => r.id));
  const byVoter = new Map<string, ContributionRow[]>();
  for (const r of rows) byVoter.set(r.voter, [...(byVoter.get(r.voter) ?? []), r]);
  const students = voters.map((v, i) => {
    const theirs = byVoter.get(v.id) ?? [];
    return {
      id: v.id,
      seat: i + 1,
      name: v.name,
      side: currentSide(v.side, lesson.sideShift, columns),
      muted: v.mutedAt !== null,
      written: theirs.length,
      pending: theirs.filter((c) => statusOf(c) === "pending").length,
    };
  });
  const seatOf = new Map(students.map((s) => [s.id, s.seat]));
  const all = presented(rows, lesson.snapshot, { tokens: null, shownIds });
  return {
    code: lesson.code,
    sides: lesson.sides,
    swaps: lesson.sideShift,
    columns: lesson.snapshot.comparison.columns.map((c) => c.label),
    questions: lesson.snapshot.comparison.rows.map((r) => ({ clashId: r.clashId, question: r.question })),
    students,
    contributions: all.map((c, i) => ({
      ...c,
      seat: seatOf.get(rows[i]!.voter) ?? null,
      importedArgumentId: rows[i]!.importedArgumentId,
    })),
    refusedContributions: lesson.refusedContributions,
    canManage: user.role === "admin" || user.id === lesson.createdBy,
  };
}

export type Classroom = Awaited<ReturnType<typeof classroom>>;

/** Turns sides off, or on with the lesson spreading students evenly, or with the teacher assigning them. */
export async function setSideMode(db: Db, user: SessionUser, code: string, mode: SideMode) {
  const lesson = await teacherLesson(db, user, code);
  await db.transaction(async (tx) => {
    await tx.update(lessons).set({ sides: mode }).where(eq(lessons.id, lesson.id));
    // Everyone already in the lesson gets a side at once, as newcomers will.
    if (mode === "even") await spreadUnassigned(tx, { ...lesson, sides: mode });
    await audit(tx, user, lesson.code, "sides", { mode });
  });
  return { mode };
}

async function spreadUnassigned(db: Db, lesson: LessonRow): Promise<number> {
  const waiting = await db
    .select({ id: lessonVoters.tokenHash })
    .from(lessonVoters)
    .where(and(eq(lessonVoters.lessonId, lesson.id), isNull(lessonVoters.side)))
    .orderBy(asc(lessonVoters.createdAt), asc(lessonVoters.tokenHash));
  const columns = columnCount(lesson);
  const spread = spreadEvenly(await sideCounts(db, lesson), waiting.length);
  for (const [i, v] of waiting.entries()) {
    await db
      .update(lessonVoters)
      .set({ side: assignmentFor(spread[i]!, lesson.sideShift, columns) })
      .where(and(eq(lessonVoters.lessonId, lesson.id), eq(lessonVoters.tokenHash, v.id)));
  }
  return waiting.length;
}

/** Gives every student without a side one, evenly. */
export async function assignEvenly(db: Db, user: SessionUser, code: string) {
  const lesson = await teacherLesson(db, user, code);
  if (lesson.sides === "off") throw new ConflictError("Sides are off in this lesson: turn them on first.");
  const assigned = await db.transaction(async (tx) => {
    const n = await spreadUnassigned(tx, lesson);
    await audit(tx, user, lesson.code, "sides.spread", { assigned: n });
    return n;
  });
  return { assigned };
}

/** Puts one student on a side now (null: no side). */
export async function assignSide(db: Db, user: SessionUser, code: string, student: string, side: number | null) {
  const lesson = await teacherLesson(db, user, code);
  if (lesson.sides === "off") throw new ConflictError("Sides are off in this lesson: turn them on first.");
  const columns = columnCount(lesson);
  if (side !== null && side >= columns) throw new InvalidInputError("side: not a position of this lesson");
  const updated = await db
    .update(lessonVoters)
    .set({ side: side === null ? null : assignmentFor(side, lesson.sideShift, columns) })
    .where(and(eq(lessonVoters.lessonId, lesson.id), eq(lessonVoters.tokenHash, student)))
    .returning({ id: lessonVoters.tokenHash });
  if (updated.length === 0) throw new NotFoundError("No such student in this lesson.");
  await audit(db, user, lesson.code, "sides.assign", { side });
  return { side };
}

/** Every student moves on to the next side at once (with two positions: they exchange). */
export async function swapSides(db: Db, user: SessionUser, code: string) {
  const lesson = await teacherLesson(db, user, code);
  if (lesson.sides === "off") throw new ConflictError("Sides are off in this lesson: turn them on first.");
  const [row] = await db
    .update(lessons)
    .set({ sideShift: sql`${lessons.sideShift} + 1` })
    .where(eq(lessons.id, lesson.id))
    .returning({ swaps: lessons.sideShift });
  await audit(db, user, lesson.code, "sides.swap", { swaps: row!.swaps });
  return { swaps: row!.swaps };
}

/**
 * Approves a contribution (the class sees it), removes it (it disappears at once, and is
 * kept), or restores a removed one to what it was.
 */
export async function moderate(
  db: Db,
  user: SessionUser,
  code: string,
  id: string,
  action: "approve" | "remove" | "restore",
  now = new Date(),
) {
  const lesson = await teacherLesson(db, user, code);
  const change =
    action === "approve"
      ? { approvedAt: now, approvedBy: user.id, removedAt: null, removedBy: null }
      : action === "remove"
        ? { removedAt: now, removedBy: user.id }
        : { removedAt: null, removedBy: null };
  const updated = await db
    .update(lessonContributions)
    .set(change)
    .where(and(eq(lessonContributions.lessonId, lesson.id), eq(lessonContributions.id, id)))
    .returning({
      id: lessonContributions.id,
      approvedAt: lessonContributions.approvedAt,
      removedAt: lessonContributions.removedAt,
    });
  if (updated.length === 0) throw new NotFoundError("No such contribution in this lesson.");
  await audit(db, user, lesson.code, `contribution.${action}`, { contribution: id });
  return { id, status: statusOf(updated[0]!) };
}

/**
 * Mutes a student: everything they wrote is removed at once and they cannot write more
 * (they can still read and vote). Unmuting lets them write again; what was removed stays
 * removed until the teacher restores it.
 */
export async function muteStudent(
  db: Db,
  user: SessionUser,
  code: string,
  student: string,
  muted: boolean,
  now = new Date(),
) {
  const lesson = await teacherLesson(db, user, code);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(lessonVoters)
      .set({ mutedAt: muted ? now : null })
      .where(and(eq(lessonVoters.lessonId, lesson.id), eq(lessonVoters.tokenHash, student)))
      .returning({ id: lessonVoters.tokenHash });
    if (updated.length === 0) throw new NotFoundError("No such student in this lesson.");
    const removed = muted
      ? await tx
          .update(lessonContributions)
          .set({ removedAt: now, removedBy: user.id })
          .where(
            and(
              eq(lessonContributions.lessonId, lesson.id),
              eq(lessonContributions.voter, student),
              isNull(lessonContributions.removedAt),
            ),
          )
          .returning({ id: lessonContributions.id })
      : [];
    await audit(tx, user, lesson.code, muted ? "student.mute" : "student.unmute", { removed: removed.length });
    return { muted, removed: removed.length };
  });
}

/**
 * Makes a draft argument of an approved contribution, under the position its side stands
 * for, and (for a rebuttal of a curated argument) a draft "rebuts" relation to it. Drafts
 * go through review like any other; nothing a student wrote is published by this alone.
 * The student's name is not copied into the case.
 */
export async function importContribution(db: Db, user: SessionUser, code: string, id: string) {
  const lesson = await teacherLesson(db, user, code);
  const [row] = await contributionsOf(db, lesson.id, eq(lessonContributions.id, id));
  if (!row) throw new NotFoundError("No such contribution in this lesson.");
  if (statusOf(row) !== "approved") throw new ConflictError("Only an approved contribution can be imported.");
  if (row.importedArgumentId)
    throw new ConflictError(`Already imported as draft argument "${row.importedArgumentId}".`);
  const named = await namedView(db, lesson);
  const positionId = named.comparison.columns[row.side]?.positionId;
  if (!positionId) throw new ConflictError("The position this contribution argues for is no longer known.");
  const when = row.createdAt.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const argument = await createEntity(
      tx,
      user,
      "argument",
      parseValues("argument", {
        positionId,
        claim: row.claim,
        explanation: row.detail || row.claim,
        derivedFrom: `A student's contribution in lesson ${lesson.code} (“${lesson.title}”), ${when}.`,
      }),
      { note: `Imported from lesson ${lesson.code}` },
    );
    if (row.replyToArgument)
      await createEntity(
        tx,
        user,
        "relation",
        parseValues("relation", { fromArgumentId: argument.id, kind: "rebuts", toArgumentId: row.replyToArgument }),
        { note: `Imported from lesson ${lesson.code}` },
      );
    await tx
      .update(lessonContributions)
      .set({ importedArgumentId: argument.id })
      .where(eq(lessonContributions.id, row.id));
    await audit(tx, user, lesson.code, "contribution.import", { contribution: row.id, argument: argument.id });
    return { argumentId: argument.id };
  });
}

/**
 * Everything a lesson holds, as one CSV table a spreadsheet can filter by its first column:
 * the students and their sides, the votes on each argument, and every contribution in every
 * state (the teacher's own record; the class saw the approved ones only).
 */
export async function lessonCsv(db: Db, user: SessionUser, code: string) {
  const [room, votes] = await Promise.all([classroom(db, user, code), tally(db, user, code)]);
  const question = new Map(room.questions.map((q) => [q.clashId, q.question]));
  const sideLabel = (side: number | null) => (side === null ? "" : (room.columns[side] ?? ""));
  const header = [
    "record",
    "question",
    "position",
    "student_seat",
    "student_name",
    "kind",
    "status",
    "text",
    "detail",
    "rebuts",
    "votes",
    "share_percent",
    "created_at",
    "draft_argument",
  ];
  const rows: (string | number | null)[][] = [
    ...room.students.map((s) => [
      "student",
      null,
      sideLabel(s.side),
      s.seat,
      s.name,
      null,
      s.muted ? "muted" : "active",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
    ...votes.questions.flatMap((q) =>
      q.arguments.map((a) => [
        "vote",
        q.question,
        votes.columns[a.column] ?? "",
        null,
        null,
        "argument",
        a.hidden ? "no longer published" : "shown",
        a.claim,
        null,
        null,
        a.votes,
        q.total ? Math.round((a.votes / q.total) * 100) : 0,
        null,
        null,
      ]),
    ),
    ...room.contributions.map((c) => [
      "contribution",
      c.clashId ? (question.get(c.clashId) ?? "") : "",
      c.sideLabel,
      c.seat,
      c.name,
      c.replyTo ? "rebuttal" : "argument",
      c.status,
      c.claim,
      c.detail,
      c.replyTo?.claim ?? null,
      null,
      null,
      c.createdAt.toISOString(),
      c.importedArgumentId,
    ]),
  ];
  return { filename: `lesson-${room.code}.csv`, body: toCsv(header, rows) };
}
