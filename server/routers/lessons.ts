import { z } from "zod";
import { onPrimary } from "@/db/client";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { TAGS } from "../cache-tags";
import { clientIp, cookieIsSecure, readCookie } from "../http";
import { manageLesson, retitleLesson, type LessonAction } from "../services/lesson-manage";
import { castVote, joinLesson } from "../services/lesson-votes";
import { createLesson, lessonForStudent, listLessons, tally, voterCookieName } from "../services/lessons";
import { adminProcedure, createTRPCRouter, editorProcedure, publicProcedure, rateLimit } from "../trpc";
import { plainText } from "@/lib/text-input";

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z2-9]{6}$/, "must be the six-character lesson code");
const title = plainText().trim().min(1, "give the lesson a title").max(200);
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
      }),
    )
    .mutation(({ ctx, input }) => createLesson(ctx.db, ctx.user, input)),

  list: editorProcedure.query(({ ctx }) => listLessons(ctx.db, ctx.user)),

  tally: editorProcedure.input(z.object({ code })).query(({ ctx, input }) => tally(ctx.db, ctx.user, input.code)),

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

  /** Counts only with a voter token issued by `join` for this very lesson. */
  vote: publicProcedure
    .input(z.object({ code, clashId: readableIdSchema, argumentId: readableIdSchema }))
    .mutation(({ ctx, input }) =>
      castVote(ctx.db, { ...input, voterToken: readCookie(ctx.headers, voterCookieName(input.code)) }),
    ),
});
