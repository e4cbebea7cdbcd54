import { z } from "zod";
import { onPrimary } from "@/db/client";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { TAGS } from "../cache-tags";
import { clientIp, cookieIsSecure, readCookie } from "../http";
import { manageLesson, retitleLesson, type LessonAction } from "../services/lesson-manage";
import { castVote, joinLesson } from "../services/lesson-votes";
import {
  assignEvenly,
  assignSide,
  classroom,
  contribute,
  importContribution,
  lessonForStudent,
  LIMITS,
  lessonCsv,
  moderate,
  muteStudent,
  roomByCode,
  setDisplayName,
  setSideMode,
  swapSides,
} from "../services/lesson-classroom";
import { createLesson, listLessons, tally, voterCookieName } from "../services/lessons";
import { SIDE_MODES } from "@/lib/lesson-sides";
import { adminProcedure, createTRPCRouter, editorProcedure, publicProcedure, rateLimit } from "../trpc";
import { plainText } from "@/lib/text-input";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-9]{6}$/, "must be the six-character lesson code");
const title = plainText().trim().min(1, "give the lesson a title").max(200);
/** A name a student chooses: no line breaks, control or direction-override characters. */
const displayName = plainText()
  .trim()
  .min(1, "enter the name to show with what you write")
  .max(LIMITS.name, `at most ${LIMITS.name} characters`)
  .refine((s) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(s), "must be a plain name, on one line");
const sideIndex = z.number().int().min(0).max(3);
/** A student, as the teacher's view names one (the hash of their browser's voter token). */
const student = z.string().regex(/^[0-9a-f]{64}$/, "not a student of this lesson");
const sideModes = z.enum(SIDE_MODES);
/** How long a browser keeps its voter token: longer than any lesson runs. */
const VOTER_COOKIE_SECONDS = 90 * 24 * 60 * 60;

/** The author or an admin may close, reopen, reveal, hide and delete; only admins approve and restore. */
const manage = (action: LessonAction) =>
  (action === "restore" || action === "approve" ? adminProcedure : editorProcedure)
    .input(z.object({ code }))
    .mutation(async ({ ctx, input }) => {
      const result = await manageLesson(ctx.db, ctx.user, input.code, action);
      // Whether the code reaches a lesson is cached (its page's 404): deleting or restoring changes it.
      if (action === "delete" || action === "restore") await ctx.invalidate?.([TAGS.lesson(input.code)]);
      return result;
    });

export const lessonsRouter = createTRPCRouter({
  create: editorProcedure
    .input(
      z.object({
        caseSlug: slugSchema,
        title,
        positionIds: z
          .array(readableIdSchema)
          .min(2, "choose at least two positions")
          .max(4, "choose at most four positions"),
        promptIds: z.array(readableIdSchema).max(50).default([]),
        blind: z.boolean().default(false),
        order: z.number().int().min(0).max(1_000_000).default(0),
        sides: sideModes.default("off"),
      }),
    )
    .mutation(({ ctx, input }) => createLesson(ctx.db, ctx.user, input)),

  list: editorProcedure.query(({ ctx }) => listLessons(ctx.db, ctx.user)),

  tally: editorProcedure.input(z.object({ code })).query(({ ctx, input }) => tally(ctx.db, ctx.user, input.code)),

  /** The teacher's classroom: students and their sides, and every contribution in every state. */
  classroom: editorProcedure
    .input(z.object({ code }))
    .query(({ ctx, input }) => classroom(ctx.db, ctx.user, input.code)),
  /** Everything in the lesson as one CSV table (served at /admin/lessons/CODE/lesson.csv). */
  csv: editorProcedure.input(z.object({ code })).query(({ ctx, input }) => lessonCsv(ctx.db, ctx.user, input.code)),
  setSides: editorProcedure
    .input(z.object({ code, mode: sideModes }))
    .mutation(({ ctx, input }) => setSideMode(ctx.db, ctx.user, input.code, input.mode)),
  assignSide: editorProcedure
    .input(z.object({ code, student, side: sideIndex.nullable() }))
    .mutation(({ ctx, input }) => assignSide(ctx.db, ctx.user, input.code, input.student, input.side)),
  assignEvenly: editorProcedure
    .input(z.object({ code }))
    .mutation(({ ctx, input }) => assignEvenly(ctx.db, ctx.user, input.code)),
  swapSides: editorProcedure
    .input(z.object({ code }))
    .mutation(({ ctx, input }) => swapSides(ctx.db, ctx.user, input.code)),
  moderate: editorProcedure
    .input(z.object({ code, id: z.uuid(), action: z.enum(["approve", "remove", "restore"]) }))
    .mutation(({ ctx, input }) => moderate(ctx.db, ctx.user, input.code, input.id, input.action)),
  muteStudent: editorProcedure
    .input(z.object({ code, student, muted: z.boolean() }))
    .mutation(({ ctx, input }) => muteStudent(ctx.db, ctx.user, input.code, input.student, input.muted)),
  /** A draft argument (and rebuttal relation) in the curated case, for review like any other. */
  importContribution: editorProcedure
    .input(z.object({ code, id: z.uuid() }))
    .mutation(({ ctx, input }) => importContribution(ctx.db, ctx.user, input.code, input.id)),

  /** The author or an admin; approve and restore are admin procedures (and checked again in the service). */
  close: manage("close"),
  reopen: manage("reopen"),
  delete: manage("delete"),
  restore: manage("restore"),
  approve: manage("approve"),
  /** A blind lesson: show students who holds each position, or hide it again. */
  reveal: manage("reveal"),
  hide: manage("hide"),
  retitle: editorProcedure
    .input(z.object({ code, title }))
    .mutation(({ ctx, input }) => retitleLesson(ctx.db, ctx.user, input.code, input.title)),

  /** Students need no account: the lesson (or why it is not open), and this browser's own votes. */
  byCode: publicProcedure
    .use(rateLimit("lesson"))
    .input(z.object({ code }))
    // From the primary even with read replicas: a student who has just voted must see the vote.
    .query(({ ctx, input }) =>
      lessonForStudent(onPrimary(ctx.db), input.code, readCookie(ctx.headers, voterCookieName(input.code))),
    ),

  /**
   * The student page calls this when it opens: it issues the browser a voter token for this
   * lesson in an HttpOnly cookie (a server component cannot set cookies). See ADR 0008.
   */
  join: publicProcedure.input(z.object({ code })).mutation(async ({ ctx, input }) => {
    const name = voterCookieName(input.code);
    const { token } = await joinLesson(ctx.db, {
      code: input.code,
      voterToken: readCookie(ctx.headers, name),
      ip: clientIp(ctx.headers),
    });
    if (token) {
      const secure = cookieIsSecure(ctx.headers) ? "; Secure" : "";
      ctx.resHeaders?.append(
        "Set-Cookie",
        `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${VOTER_COOKIE_SECONDS}${secure}`,
      );
    }
    return { joined: true };
  }),

  /** What this browser sees of the classroom now (its side, the approved contributions, its own): polled by the page. */
  room: publicProcedure
    .use(rateLimit("lesson"))
    .input(z.object({ code }))
    .query(({ ctx, input }) =>
      roomByCode(onPrimary(ctx.db), input.code, readCookie(ctx.headers, voterCookieName(input.code))),
    ),

  setName: publicProcedure
    .input(z.object({ code, name: displayName }))
    .mutation(({ ctx, input }) =>
      setDisplayName(ctx.db, { ...input, voterToken: readCookie(ctx.headers, voterCookieName(input.code)) }),
    ),

  /** An argument for a side, or a rebuttal of one argument; it waits for the teacher's approval. */
  contribute: publicProcedure
    .input(
      z.object({
        code,
        name: displayName,
        clashId: readableIdSchema.nullable().default(null),
        replyTo: z
          .object({ kind: z.enum(["argument", "contribution"]), id: z.string().min(1).max(200) })
          .nullable()
          .default(null),
        side: sideIndex.nullable().default(null),
        claim: plainText()
          .trim()
          .min(10, "write your argument in a sentence (at least 10 characters)")
          .max(LIMITS.claim, `at most ${LIMITS.claim} characters`),
        detail: plainText().trim().max(LIMITS.detail, `at most ${LIMITS.detail} characters`).default(""),
      }),
    )
    .mutation(({ ctx, input }) =>
      contribute(ctx.db, {
        ...input,
        voterToken: readCookie(ctx.headers, voterCookieName(input.code)),
        ip: clientIp(ctx.headers),
      }),
    ),

  /** Counts only with a voter token issued by `join` for this very lesson. */
  vote: publicProcedure
    .input(z.object({ code, clashId: readableIdSchema, argumentId: readableIdSchema }))
    .mutation(({ ctx, input }) =>
      castVote(ctx.db, { ...input, voterToken: readCookie(ctx.headers, voterCookieName(input.code)) }),
    ),
});
