import { z } from "zod";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { clientIp, cookieIsSecure, readCookie } from "../http";
import { castVote, createLesson, lessonForStudent, listLessons, newVoterToken, tally, VOTER_COOKIE } from "../services/lessons";
import { createTRPCRouter, editorProcedure, publicProcedure } from "../trpc";
import { plainText } from "@/lib/text-input";

const code = z.string().trim().toUpperCase().regex(/^[A-Z2-9]{6}$/, "must be the six-character lesson code");

export const lessonsRouter = createTRPCRouter({
  create: editorProcedure
    .input(
      z.object({
        caseSlug: slugSchema,
        title: plainText().trim().min(1, "give the lesson a title").max(200),
        positionIds: z.array(readableIdSchema).min(2, "choose at least two positions").max(4, "choose at most four positions"),
        promptIds: z.array(readableIdSchema).max(50).default([]),
        blind: z.boolean().default(false),
        order: z.number().int().min(0).max(1_000_000).default(0),
      }),
    )
    .mutation(({ ctx, input }) => createLesson(ctx.db, ctx.user, input)),

  list: editorProcedure.query(({ ctx }) => listLessons(ctx.db)),

  tally: editorProcedure.input(z.object({ code })).query(({ ctx, input }) => tally(ctx.db, input.code)),

  /** Students need no account: the lesson, and their own votes from this browser. */
  byCode: publicProcedure.input(z.object({ code })).query(({ ctx, input }) => lessonForStudent(ctx.db, input.code, readCookie(ctx.headers, VOTER_COOKIE))),

  vote: publicProcedure
    .input(z.object({ code, clashId: readableIdSchema, argumentId: readableIdSchema }))
    .mutation(async ({ ctx, input }) => {
      let voterToken = readCookie(ctx.headers, VOTER_COOKIE);
      if (!voterToken || voterToken.length > 64) {
        voterToken = newVoterToken();
        const secure = cookieIsSecure(ctx.headers) ? "; Secure" : "";
        ctx.resHeaders?.append("Set-Cookie", `${VOTER_COOKIE}=${voterToken}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${secure}`);
      }
      return castVote(ctx.db, { ...input, voterToken, ip: clientIp(ctx.headers) });
    }),
});
