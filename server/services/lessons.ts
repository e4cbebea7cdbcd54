import { TRPCError } from "@trpc/server";
import { randomBytes, createHash, randomInt } from "node:crypto";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getComparisonInput } from "@/db/queries/compare";
import { auditLog, cases, lessons, lessonVotes, rateLimits, users } from "@/db/schema";
import { buildComparison, type Comparison } from "@/lib/compare";
import type { SessionUser } from "./auth";

export const VOTER_COOKIE = "wpe_voter";
/** Votes one network may cast in a window: enough for a class, not for a script. */
export const VOTE_LIMIT = { max: 120, windowMs: 5 * 60 * 1000 } as const;

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export interface LessonSnapshot {
  caseSlug: string;
  caseTitle: string;
  comparison: Comparison;
  prompts: { id: string; prompt: string }[];
}

function newCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

export async function createLesson(
  db: Db,
  user: SessionUser,
  input: { caseSlug: string; title: string; positionIds: string[]; promptIds: string[]; blind: boolean; order: number },
) {
  const data = await getComparisonInput(db, input.caseSlug, input.positionIds);
  if (!data) throw new TRPCError({ code: "NOT_FOUND", message: "No such case, or a position is not part of it." });
  const unknown = input.promptIds.find((id) => !data.input.prompts.some((p) => p.id === id));
  if (unknown) throw new TRPCError({ code: "BAD_REQUEST", message: `promptIds: "${unknown}" is not a prompt of this case` });
  const snapshot: LessonSnapshot = {
    caseSlug: data.case.slug,
    caseTitle: data.case.title,
    comparison: buildComparison(data.input, { order: input.order, blind: input.blind }),
    prompts: data.input.prompts.filter((p) => input.promptIds.includes(p.id)).map(({ id, prompt }) => ({ id, prompt })),
  };
  const [caseRow] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, input.caseSlug));
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
          snapshot,
          createdBy: user.id,
        })
        .onConflictDoNothing()
        .returning({ id: lessons.id, code: lessons.code });
      if (created) {
        await tx.insert(auditLog).values({ userId: user.id, action: "lesson.create", entityType: "lesson", entityId: created.code, detail: { title: input.title } });
        return created;
      }
    }
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Could not find a free lesson code." });
  });
}

async function lessonByCode(db: Db, code: string) {
  const [lesson] = await db
    .select({ id: lessons.id, code: lessons.code, title: lessons.title, blind: lessons.blind, snapshot: lessons.snapshot, createdAt: lessons.createdAt, closedAt: lessons.closedAt })
    .from(lessons)
    .where(eq(lessons.code, code.toUpperCase()));
  if (!lesson) throw new TRPCError({ code: "NOT_FOUND", message: `No lesson with code ${code}.` });
  return { ...lesson, snapshot: lesson.snapshot as LessonSnapshot };
}

export const voterHash = (token: string) => createHash("sha256").update(`voter:${token}`).digest("hex");
export const newVoterToken = () => randomBytes(24).toString("base64url");

/** What a student sees: the frozen comparison, the prompts, and their own earlier votes. */
export async function lessonForStudent(db: Db, code: string, voterToken: string | undefined) {
  const lesson = await lessonByCode(db, code);
  const mine = voterToken
    ? await db
        .select({ clashId: lessonVotes.clashId, argumentId: lessonVotes.argumentId })
        .from(lessonVotes)
        .where(and(eq(lessonVotes.lessonId, lesson.id), eq(lessonVotes.voter, voterHash(voterToken))))
    : [];
  return { code: lesson.code, title: lesson.title, blind: lesson.blind, closed: lesson.closedAt !== null, ...lesson.snapshot, myVotes: Object.fromEntries(mine.map((v) => [v.clashId, v.argumentId])) };
}

/** Counts a vote under the network's limit; a second vote on the same clash replaces the first. */
export async function castVote(db: Db, input: { code: string; clashId: string; argumentId: string; voterToken: string; ip: string }, now = new Date()) {
  const lesson = await lessonByCode(db, input.code);
  if (lesson.closedAt) throw new TRPCError({ code: "FORBIDDEN", message: "This lesson is closed; votes are no longer taken." });
  const row = lesson.snapshot.comparison.rows.find((r) => r.clashId === input.clashId);
  if (!row) throw new TRPCError({ code: "BAD_REQUEST", message: "clashId: not a question of this lesson" });
  if (!row.cells.flat().some((a) => a.id === input.argumentId)) throw new TRPCError({ code: "BAD_REQUEST", message: "argumentId: not an argument on this question" });

  const key = `vote:ip:${input.ip}`;
  const windowStart = new Date(now.getTime() - VOTE_LIMIT.windowMs).toISOString();
  const [counter] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStartedAt} <= ${windowStart}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${rateLimits.windowStartedAt} <= ${windowStart}::timestamptz then ${now.toISOString()}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt });
  if (counter && counter.count > VOTE_LIMIT.max) {
    const wait = Math.ceil((counter.windowStartedAt.getTime() + VOTE_LIMIT.windowMs - now.getTime()) / 1000);
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `Too many votes from this network. Try again in ${wait} s.` });
  }
  await db
    .insert(lessonVotes)
    .values({ lessonId: lesson.id, clashId: input.clashId, argumentId: input.argumentId, voter: voterHash(input.voterToken) })
    .onConflictDoUpdate({ target: [lessonVotes.lessonId, lessonVotes.clashId, lessonVotes.voter], set: { argumentId: input.argumentId, updatedAt: now } });
  return { clashId: input.clashId, argumentId: input.argumentId };
}

/** The teacher's view: votes per argument on each question. */
export async function tally(db: Db, code: string) {
  const lesson = await lessonByCode(db, code);
  const counts = await db
    .select({ clashId: lessonVotes.clashId, argumentId: lessonVotes.argumentId, n: count() })
    .from(lessonVotes)
    .where(eq(lessonVotes.lessonId, lesson.id))
    .groupBy(lessonVotes.clashId, lessonVotes.argumentId);
  return {
    code: lesson.code,
    title: lesson.title,
    blind: lesson.blind,
    caseTitle: lesson.snapshot.caseTitle,
    columns: lesson.snapshot.comparison.columns.map((c) => c.label),
    questions: lesson.snapshot.comparison.rows.map((row) => {
      const votes = counts.filter((c) => c.clashId === row.clashId);
      return {
        clashId: row.clashId,
        question: row.question,
        total: votes.reduce((n, v) => n + v.n, 0),
        arguments: row.cells.flatMap((cell, column) =>
          cell.map((a) => ({ id: a.id, claim: a.claim, column, votes: votes.find((v) => v.argumentId === a.id)?.n ?? 0 })),
        ),
      };
    }),
  };
}

export async function listLessons(db: Db) {
  return db
    .select({ code: lessons.code, title: lessons.title, blind: lessons.blind, createdAt: lessons.createdAt, author: users.name })
    .from(lessons)
    .innerJoin(users, eq(users.id, lessons.createdBy))
    .orderBy(desc(lessons.createdAt))
    .limit(200);
}
