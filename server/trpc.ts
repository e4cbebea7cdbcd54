import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/db/availability";
import type { Db } from "@/db/client";
import { SESSION_COOKIE, validateSession } from "./services/auth";
import { ConflictError } from "./services/curation/service";
import { readCookie } from "./http";

/**
 * What every procedure can reach. The database comes through a function so that a
 * request can be answered with a clean 503 when the database cannot be reached.
 */
export interface Context {
  getDb: () => Promise<Db>;
  headers: Headers;
  /** Response headers, when the call came over HTTP (how sign-in sets its cookie). */
  resHeaders?: Headers;
}

/** Who may call a procedure, as its builder declares; the authorization matrix test reads it. */
export type Access = "public" | "authed" | "editor" | "admin";

const t = initTRPC.context<Context>().meta<{ access: Access }>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Zod's errors are not Error instances, so tRPC wraps them; their issues survive the wrapping.
    const issues = error.code === "BAD_REQUEST" ? (error.cause as { issues?: unknown } | undefined)?.issues : undefined;
    return {
      ...shape,
      // A failure on our side is logged by the route, not described: its message may quote SQL and its parameters.
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        ...shape.data,
        // The fields at fault, e.g. { slug: ["must be lowercase letters…"] }.
        fieldErrors: Array.isArray(issues) ? fieldErrorsOf(issues as z.core.$ZodIssue[]) : null,
        // On CONFLICT: the newer version, so the editor can compare it with unsaved work.
        conflict: error.cause instanceof ConflictError ? error.cause.current : null,
      },
    };
  },
});

function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "input";
    (out[field] ??= []).push(issue.message);
  }
  return out;
}

const unavailable = () =>
  new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: "The database cannot be reached right now. Please try again in a moment.",
  });

/** Resolves the database and turns "cannot connect" into SERVICE_UNAVAILABLE (HTTP 503). */
const withDatabase = t.middleware(async ({ ctx, next }) => {
  let db: Db;
  try {
    db = await ctx.getDb();
  } catch (error) {
    console.error("Database start-up failed:", error);
    throw unavailable();
  }
  const result = await next({ ctx: { db } });
  if (!result.ok && isDatabaseUnavailableError(result.error.cause)) {
    markDatabaseUnavailable();
    throw unavailable();
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it; it sees published content only. */
export const publicProcedure = t.procedure.meta({ access: "public" }).use(withDatabase);

/** A signed-in user: the session cookie must name a live session of an enabled account. */
export const authedProcedure = publicProcedure.meta({ access: "authed" }).use(async ({ ctx, next }) => {
  const session = await validateSession(ctx.db, readCookie(ctx.headers, SESSION_COOKIE));
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { user: session.user, sessionId: session.sessionId } });
});

/** Editors and admins: create, edit and submit content for review. */
export const editorProcedure = authedProcedure.meta({ access: "editor" }).use(({ ctx, next }) => {
  if (ctx.user.role !== "editor" && ctx.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Editors only." });
  }
  return next();
});

/** Admins only: publish, manage users, restore anything. */
export const adminProcedure = authedProcedure.meta({ access: "admin" }).use(({ ctx, next }) => {
  if (ctx.user.role !== "admin") throw new TRPCError({ code: "FORBIDDEN", message: "Only an admin may do this." });
  return next();
});

/** Returns the row, or answers NOT_FOUND naming what was asked for. */
export function foundOr404<T>(row: T | null, what: string, id: string): T {
  if (row === null) throw new TRPCError({ code: "NOT_FOUND", message: `No ${what} with id "${id}".` });
  return row;
}
