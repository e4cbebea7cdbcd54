import { DomainError, ForbiddenError, InvalidInputError } from "@/lib/errors";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lessons, lessonVoters, lessonVotes } from "@/db/schema";
import { blindTokens, fromToken } from "@/lib/compare";
import type { SideMode } from "@/lib/lesson-sides";
import { sideForNewcomer } from "./lesson-classroom";
import { hit, type Limit } from "./rate-limit";
import { currentContent, JOIN_CAP, lessonForStudents, STATE_NOTICES, stateOf, voterHash, wellFormed } from "./lessons";

/**
 * Browsers that may join one lesson from one address in a day: a class behind one school
 * NAT fits, a script that mints voters does not get past it.
 */
export const JOIN_LIMIT: Limit = { max: JOIN_CAP, windowMs: 24 * 60 * 60 * 1000 };
/** Votes one voter may cast in a window: changing one's mind often is fine, a loop is not. */
export const VOTE_LIMIT: Limit = { max: 100, windowMs: 5 * 60 * 1000 };

const newVoterToken = () => randomBytes(24).toString("base64url");

async function isVoter(db: Db, lessonId: string, token: string | undefined): Promise<boolean> {
  if (!wellFormed(token)) return false;
  const [row] = await db
    .select({ lessonId: lessonVoters.lessonId })
    .from(lessonVoters)
    .where(and(eq(lessonVoters.lessonId, lessonId), eq(lessonVoters.tokenHash, voterHash(token))));
  return !!row;
}

async function countRefusal(db: Db, lessonId: string, what: "joins" | "votes") {
  const more =
    what === "joins"
      ? { refusedJoins: sql`${lessons.refusedJoins} + 1` }
      : { refusedVotes: sql`${lessons.refusedVotes} + 1` };
  await db.update(lessons).set(more).where(eq(lessons.id, lessonId));
}

/** The lesson, refusing unless students may vote on it now. */
async function openLesson(db: Db, code: string) {
  const lesson = await lessonForStudents(db, code);
  const content = await currentContent(db, lesson);
  const state = stateOf(lesson, content.withdrawn);
  if (state !== "open") throw new ForbiddenError(STATE_NOTICES[state]);
  return { lesson, snapshot: content.snapshot };
}

/**
 * Issues this browser a voter token for the lesson (the student page asks on opening it).
 * A browser that already holds one keeps it; a new one counts against its address's cap.
 * Returns the new token for the cookie, or null when the browser had one.
 */
export async function joinLesson(
  db: Db,
  input: { code: string; voterToken: string | undefined; ip: string },
  now = new Date(),
) {
  const { lesson } = await openLesson(db, input.code);
  if (await isVoter(db, lesson.id, input.voterToken)) return { token: null };
  const counted = await hit(db, `lesson-join:${lesson.id}:${input.ip}`, JOIN_LIMIT, now);
  if (!counted.allowed) {
    await countRefusal(db, lesson.id, "joins");
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `${JOIN_LIMIT.max} browsers on this network have already joined this lesson, the most one network may. Tell your teacher.`,
    );
  }
  const token = newVoterToken();
  await db.transaction(async (tx) => {
    // One join at a time per lesson, so students joining together are still spread evenly.
    const [current] = await tx
      .select({ sides: lessons.sides, sideShift: lessons.sideShift })
      .from(lessons)
      .where(eq(lessons.id, lesson.id))
      .for("update");
    const side = await sideForNewcomer(tx, { ...lesson, ...current!, sides: current!.sides as SideMode });
    await tx
      .insert(lessonVoters)
      .values({ lessonId: lesson.id, tokenHash: voterHash(token), ip: input.ip, createdAt: now, side });
  });
  return { token };
}

/** Counts a vote from a token issued for this lesson; a second vote on the same question replaces the first. */
export async function castVote(
  db: Db,
  input: { code: string; clashId: string; argumentId: string; voterToken: string | undefined },
  now = new Date(),
) {
  const { lesson, snapshot } = await openLesson(db, input.code);
  if (!(await isVoter(db, lesson.id, input.voterToken))) {
    await countRefusal(db, lesson.id, "votes");
    throw new ForbiddenError(
      `This browser has not joined lesson ${lesson.code}: open the lesson's page and vote there.`,
    );
  }
  // A blind lesson's page names questions and arguments by token (lib/compare.ts forDisplay).
  const tokens = lesson.blind && !lesson.revealedAt ? blindTokens(lesson.snapshot.comparison) : null;
  const clashId = tokens ? (fromToken(tokens, "clash", input.clashId) ?? input.clashId) : input.clashId;
  const argumentId = tokens ? (fromToken(tokens, "argument", input.argumentId) ?? input.argumentId) : input.argumentId;
  const row = snapshot.comparison.rows.find((r) => r.clashId === clashId);
  if (!row) throw new InvalidInputError("clashId: not a question of this lesson");
  if (!row.cells.flat().some((a) => a.id === argumentId))
    throw new InvalidInputError("argumentId: not an argument on this question");
  const voter = voterHash(input.voterToken!);
  const counted = await hit(db, `lesson-vote:${voter}`, VOTE_LIMIT, now);
  if (!counted.allowed) {
    await countRefusal(db, lesson.id, "votes");
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `Too many votes from this browser. Try again in ${counted.retryAfterSeconds} s.`,
    );
  }
  await db
    .insert(lessonVotes)
    .values({ lessonId: lesson.id, clashId, argumentId, voter })
    .onConflictDoUpdate({
      target: [lessonVotes.lessonId, lessonVotes.clashId, lessonVotes.voter],
      set: { argumentId, updatedAt: now },
    });
  return { clashId: input.clashId, argumentId: input.argumentId };
}
