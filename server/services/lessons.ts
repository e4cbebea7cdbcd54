import { NotFoundError, validationError } from "@/lib/errors";
import { createHash, randomInt } from "node:crypto";
import { and, count, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { getComparisonInput } from "@/db/queries/compare";
import { isPublic } from "@/db/queries/_shared";
import {
  auditLog,
  cases,
  clashes,
  debateArguments,
  legalSources,
  lessons,
  lessonVoters,
  lessonVotes,
  positions,
  prompts,
  quotes,
  users,
} from "@/db/schema";
import { buildComparison, redactorFor } from "@/lib/compare";
import { snapshotIds, withoutWithdrawn, type LessonSnapshot, type PublishedIds } from "@/lib/lesson-snapshot";
import type { SideMode } from "@/lib/lesson-sides";
import type { SessionUser } from "./auth";

export type { LessonSnapshot } from "@/lib/lesson-snapshot";

/** Browsers that may join one lesson from one address in a day (enforced in lesson-votes.ts). */
export const JOIN_CAP = 60;

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/**
 * What students get: nothing but a notice until an admin approved the lesson, nothing but
 * a notice once its case or a position left publication, the content without votes once closed.
 */
export type LessonState = "awaiting_approval" | "withdrawn" | "closed" | "open";

export const STATE_NOTICES: Record<Exclude<LessonState, "open">, string> = {
  awaiting_approval: "This lesson is not open yet. Your teacher will let you know when it is.",
  withdrawn: "This lesson is no longer available: part of what it showed has been withdrawn from publication.",
  closed: "This lesson is closed; votes are no longer taken.",
};

/**
 * What a lesson freezes: the comparison and the chosen prompts, as blind mode shows them
 * (names replaced) when the lesson is blind, and then also with the names, for the reveal.
 */
export function lessonSnapshot(
  data: NonNullable<Awaited<ReturnType<typeof getComparisonInput>>>,
  input: { promptIds: string[]; blind: boolean; order: number },
): LessonSnapshot {
  const chosen = data.input.prompts.filter((p) => input.promptIds.includes(p.id));
  const view = (blind: boolean) => {
    const redact = redactorFor(data.input, { order: input.order, blind });
    return {
      comparison: buildComparison(data.input, { order: input.order, blind }),
      prompts: chosen.map(({ id, prompt }) => ({ id, prompt: redact(prompt) })),
    };
  };
  return {
    caseSlug: data.case.slug,
    caseTitle: data.case.title,
    ...view(input.blind),
    ...(input.blind ? { revealed: view(false) } : {}),
  };
}

export async function createLesson(
  db: Db,
  user: SessionUser,
  input: {
    caseSlug: string;
    title: string;
    positionIds: string[];
    promptIds: string[];
    blind: boolean;
    order: number;
    sides?: SideMode;
  },
) {
  const data = await getComparisonInput(db, input.caseSlug, input.positionIds);
  if (!data) throw new NotFoundError("No such case, or a position is not part of it.");
  const unknown = input.promptIds.find((id) => !data.input.prompts.some((p) => p.id === id));
  if (unknown) throw validationError([{ path: ["promptIds"], message: `"${unknown}" is not a prompt of this case` }]);
  const snapshot = lessonSnapshot(data, input);
  const [caseRow] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, input.caseSlug));
  // An editor's title reaches students only after an admin's review (ADR 0004, 0008); an admin's lesson is live at once.
  const approved = user.role === "admin" ? { approvedAt: new Date(), approvedBy: user.id } : {};
  return db.transaction(async (tx) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const code = newCode();
      const [created] = await tx
        .insert(lessons)
        .values({
          code,
          title: input.title,
          caseId: caseRow!.id,
          positionIds: input.positionIds,
          promptIds: input.promptIds,
          blind: input.blind,
          columnOrder: input.order,
          sides: input.sides ?? "off",
          snapshot,
          createdBy: user.id,
          ...approved,
        })
        .onConflictDoNothing()
        .returning({ id: lessons.id, code: lessons.code });
      if (created) {
        await tx.insert(auditLog).values({
          userId: user.id,
          action: "lesson.create",
          entityType: "lesson",
          entityId: created.code,
          detail: { title: input.title },
        });
        return created;
      }
    }
    throw new Error("Could not find a free lesson code.");
  });
}

const lessonColumns = {
  id: lessons.id,
  code: lessons.code,
  title: lessons.title,
  caseId: lessons.caseId,
  positionIds: lessons.positionIds,
  blind: lessons.blind,
  snapshot: lessons.snapshot,
  createdBy: lessons.createdBy,
  createdAt: lessons.createdAt,
  approvedAt: lessons.approvedAt,
  closedAt: lessons.closedAt,
  revealedAt: lessons.revealedAt,
  deletedAt: lessons.deletedAt,
  refusedJoins: lessons.refusedJoins,
  refusedVotes: lessons.refusedVotes,
  refusedContributions: lessons.refusedContributions,
  sides: lessons.sides,
  sideShift: lessons.sideShift,
  promptIds: lessons.promptIds,
  columnOrder: lessons.columnOrder,
};

export type LessonRow = NonNullable<Awaited<ReturnType<typeof findLesson>>>;

export async function findLesson(db: Db, code: string) {
  const [lesson] = await db.select(lessonColumns).from(lessons).where(eq(lessons.code, code.toUpperCase()));
  return lesson ? { ...lesson, snapshot: lesson.snapshot as LessonSnapshot, sides: lesson.sides as SideMode } : null;
}

/**
 * A blind lesson's comparison and prompts with the names, as frozen with it; a lesson made
 * before reveals were frozen gets them made now, in the same column order.
 */
export async function namedView(
  db: Db,
  lesson: { snapshot: LessonSnapshot; positionIds: string[]; promptIds: string[]; columnOrder: number; blind: boolean },
): Promise<Omit<LessonSnapshot, "revealed">> {
  if (!lesson.blind) return lesson.snapshot;
  if (lesson.snapshot.revealed) return { ...lesson.snapshot, ...lesson.snapshot.revealed };
  const data = await getComparisonInput(db, lesson.snapshot.caseSlug, lesson.positionIds);
  if (!data) return lesson.snapshot;
  const { revealed } = lessonSnapshot(data, { promptIds: lesson.promptIds, blind: true, order: lesson.columnOrder });
  return { ...lesson.snapshot, ...revealed! };
}

/** Whether students can reach a lesson by this code at all (it exists and is not deleted). */
export async function lessonExists(db: Db, code: string): Promise<boolean> {
  const lesson = await findLesson(db, code);
  return !!lesson && !lesson.deletedAt;
}

const noLesson = (code: string) => new NotFoundError(`No lesson with code ${code.toUpperCase()}.`);

/** A lesson as students may reach it: a deleted one does not exist for them. */
export async function lessonForStudents(db: Db, code: string) {
  const lesson = await findLesson(db, code);
  if (!lesson || lesson.deletedAt) throw noLesson(code);
  return lesson;
}

type CuratedTable = PgTable & { id: PgColumn; status: PgColumn; deletedAt: PgColumn };

async function publishedAmong(db: Db, table: CuratedTable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(inArray(table.id, ids), isPublic(table)) as SQL);
  return new Set(rows.map((r) => r.id as string));
}

/**
 * Checks the lesson against what is published now. The case and the positions carry the
 * whole comparison, so losing one withdraws the lesson; anything smaller is left out.
 */
export async function currentContent(db: Db, lesson: LessonRow) {
  const ids = snapshotIds(lesson.snapshot);
  const [caseIds, positionIds, argumentIds, clashIds, promptIds, quoteIds, sourceIds] = await Promise.all([
    publishedAmong(db, cases, [lesson.caseId]),
    publishedAmong(db, positions, lesson.positionIds),
    publishedAmong(db, debateArguments, ids.arguments),
    publishedAmong(db, clashes, ids.clashes),
    publishedAmong(db, prompts, ids.prompts),
    publishedAmong(db, quotes, ids.quotes),
    publishedAmong(db, legalSources, ids.legalSources),
  ]);
  const published: PublishedIds = {
    arguments: argumentIds,
    clashes: clashIds,
    prompts: promptIds,
    quotes: quoteIds,
    legalSources: sourceIds,
  };
  const withdrawn = caseIds.size === 0 || lesson.positionIds.some((id) => !positionIds.has(id));
  const { revealed } = lesson.snapshot;
  return {
    withdrawn,
    published,
    snapshot: withoutWithdrawn(lesson.snapshot, published),
    revealed: revealed ? withoutWithdrawn({ ...lesson.snapshot, ...revealed }, published) : null,
  };
}

export function stateOf(lesson: LessonRow, withdrawn: boolean): LessonState {
  if (!lesson.approvedAt) return "awaiting_approval";
  if (withdrawn) return "withdrawn";
  return lesson.closedAt ? "closed" : "open";
}

/** One cookie per lesson, so a token is issued for, and only ever sent as, that lesson's. */
export const voterCookieName = (code: string) => `wpe_lesson_${code.toUpperCase()}`;
export const voterHash = (token: string) => createHash("sha256").update(`voter:${token}`).digest("hex");
/** Only what newVoterToken can produce is looked up. */
export const wellFormed = (token: string | undefined): token is string => !!token && /^[A-Za-z0-9_-]{32}$/.test(token);

/** What the browser's token has voted in this lesson, by question. */
export async function myVotes(
  db: Db,
  lessonId: string,
  voterToken: string | undefined,
): Promise<Record<string, string>> {
  if (!wellFormed(voterToken)) return {};
  const mine = await db
    .select({ clashId: lessonVotes.clashId, argumentId: lessonVotes.argumentId })
    .from(lessonVotes)
    .where(and(eq(lessonVotes.lessonId, lessonId), eq(lessonVotes.voter, voterHash(voterToken))));
  return Object.fromEntries(mine.map((v) => [v.clashId, v.argumentId]));
}

/** The teacher's view: votes per argument on each question, what students see now, and what the limits refused. */
export async function tally(db: Db, user: SessionUser, code: string) {
  const lesson = await findLesson(db, code);
  if (!lesson || (lesson.deletedAt && user.role !== "admin")) throw noLesson(code);
  const [content, counts, [voters]] = await Promise.all([
    currentContent(db, lesson),
    db
      .select({ clashId: lessonVotes.clashId, argumentId: lessonVotes.argumentId, n: count() })
      .from(lessonVotes)
      .where(eq(lessonVotes.lessonId, lesson.id))
      .groupBy(lessonVotes.clashId, lessonVotes.argumentId),
    db.select({ n: count() }).from(lessonVoters).where(eq(lessonVoters.lessonId, lesson.id)),
  ]);
  const { published } = content;
  return {
    code: lesson.code,
    title: lesson.title,
    blind: lesson.blind,
    revealed: lesson.revealedAt !== null,
    caseTitle: lesson.snapshot.caseTitle,
    state: stateOf(lesson, content.withdrawn),
    approved: lesson.approvedAt !== null,
    closed: lesson.closedAt !== null,
    deleted: lesson.deletedAt !== null,
    withdrawn: content.withdrawn,
    canManage: user.role === "admin" || user.id === lesson.createdBy,
    canRetitle: user.role === "admin" || (user.id === lesson.createdBy && lesson.approvedAt === null),
    isAdmin: user.role === "admin",
    joined: voters?.n ?? 0,
    joinCap: JOIN_CAP,
    refusedJoins: lesson.refusedJoins,
    refusedVotes: lesson.refusedVotes,
    columns: lesson.snapshot.comparison.columns.map((c) => c.label),
    // The teacher keeps every count; what students no longer see is marked, not dropped.
    questions: lesson.snapshot.comparison.rows.map((row) => {
      const votes = counts.filter((c) => c.clashId === row.clashId);
      return {
        clashId: row.clashId,
        question: row.question,
        hidden: !published.clashes.has(row.clashId),
        total: votes.reduce((n, v) => n + v.n, 0),
        arguments: row.cells.flatMap((cell, column) =>
          cell.map((a) => ({
            id: a.id,
            claim: a.claim,
            column,
            hidden: !published.arguments.has(a.id),
            votes: votes.find((v) => v.argumentId === a.id)?.n ?? 0,
          })),
        ),
      };
    }),
  };
}

/** Editors see the lessons in use; admins also the deleted ones, to restore them. */
export async function listLessons(db: Db, user: SessionUser) {
  return db
    .select({
      code: lessons.code,
      title: lessons.title,
      blind: lessons.blind,
      createdAt: lessons.createdAt,
      author: users.name,
      approved: lessons.approvedAt,
      closed: lessons.closedAt,
      deleted: lessons.deletedAt,
    })
    .from(lessons)
    .innerJoin(users, eq(users.id, lessons.createdBy))
    .where(user.role === "admin" ? undefined : isNull(lessons.deletedAt))
    .orderBy(desc(lessons.createdAt))
    .limit(200);
}
