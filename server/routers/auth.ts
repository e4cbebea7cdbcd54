import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { emailSchema } from "@/lib/passwords";
import { clearedCookie, clientIp, cookieIsSecure, readCookie, sessionCookie } from "../http";
import { login, revokeSession, SESSION_COOKIE, validateSession } from "../services/auth";
import { RateLimitedError } from "@/lib/errors";
import { authedProcedure, createTRPCRouter, publicProcedure, tooManyRequests } from "../trpc";

export const authRouter = createTRPCRouter({
  /** The signed-in user, or null for a reader. */
  me: publicProcedure.query(async ({ ctx }) => {
    const session = await validateSession(ctx.db, readCookie(ctx.headers, SESSION_COOKIE));
    return session?.user ?? null;
  }),

  login: publicProcedure
    .input(z.object({ email: emailSchema, password: z.string().min(1, "enter your password").max(256) }))
    .mutation(async ({ ctx, input }) => {
      const result = await login(ctx.db, {
        ...input,
        ip: clientIp(ctx.headers),
        userAgent: ctx.headers.get("user-agent"),
      });
      if (!result.ok && result.reason === "throttled") {
        throw tooManyRequests(new RateLimitedError("Too many sign-in attempts.", result.retryAfterSeconds));
      }
      if (!result.ok) throw new TRPCError({ code: "UNAUTHORIZED", message: "Email or password is incorrect." });
      ctx.resHeaders?.append(
        "Set-Cookie",
        sessionCookie(SESSION_COOKIE, result.token, result.expiresAt, cookieIsSecure(ctx.headers)),
      );
      return result.user;
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await revokeSession(ctx.db, ctx.sessionId);
    ctx.resHeaders?.append("Set-Cookie", clearedCookie(SESSION_COOKIE, cookieIsSecure(ctx.headers)));
    return { ok: true as const };
  }),
});
