import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z } from "zod";
import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/db/availability";
import { onPrimary, type Db } from "@/db/client";
import { TAGS } from "./cache-tags";
import { tagsFor } from "./cache-invalidation";
import { limitSubject } from "./client-address";
import { directReads, type PublishedReads } from "./published-queries";
import { env } from "@/env";
import { ConflictError, DomainError, InvalidInputError, RateLimitedError, type DomainErrorCode } from "@/lib/errors";
import { maskedMessage, rememberErrorId, reportUnexpected } from "./errors";
import { SESSION_COOKIE, validateSession } from "./services/auth";
import { changeLog, type ContentChange } from "./services/curation/change-log";
import { hitReadLimit, type ReadLimitName } from "./services/rate-limit";
import { clientIp, readCookie } from "./http";

/**
 * What every procedure can reach. The database comes through a function so that a
 * request can be answered with a clean 503 when the database cannot be reached.
 */
export interface Context {
  getDb: () => Promise<Db>;
  headers: Headers;
  /** Response headers, when the call came over HTTP (how sign-in sets its cookie). */
  resHeaders?: Headers;
  /** The published reads, cached (the app passes them; without, they are read straight from the database). */
  publishedReads?: PublishedReads;
  /** Purges cached public reads by tag, once a change has committed (the route handler passes Next's). */
  invalidate?: (tags: string[]) => void | Promise<void>;
}

/** Who may call a procedure, as its builder declares; the authorization matrix test reads it. */
export type Access = "public" | "authed" | "editor" | "admin";

const t = initTRPC
  .context<Context>()
  .meta<{ access: Access }>()
  .create({
    transformer: superjson,
    // tRPC puts each error's stack in its answer in dev mode: only `next dev` may show it.
    isDev: env.NODE_ENV === "development",
    errorFormatter({ shape, error, path }) {
      // Zod's errors are not Error instances, so tRPC wraps them; their issues survive the wrapping.
      const issues =
        error.cause instanceof InvalidInputError
          ? error.cause.issues.length > 0
            ? error.cause.issues
            : undefined
          : error.code === "BAD_REQUEST"
            ? (error.cause as { issues?: unknown } | undefined)?.issues
            : undefined;
      const { stack, ...data } = shape.data;
      return {
        ...shape,
        // An unexpected error's own message may hold SQL: the client gets an id to quote instead.
        message:
          error.code === "INTERNAL_SERVER_ERROR"
            ? maskedMessage(reportUnexpected(error, `tRPC ${path ?? "?"}`))
            : shape.message,
        data: {
          ...data,
          ...(env.NODE_ENV === "development" && stack ? { stack } : {}),
          // The fields at fault, e.g. { slug: ["must be lowercase letters…"] }.
          fieldErrors: Array.isArray(issues) ? fieldErrorsOf(issues as z.core.$ZodIssue[]) : null,
          // On CONFLICT: the newer version, so the editor can compare it with unsaved work.
          conflict: error.cause instanceof ConflictError ? error.cause.current : null,
          // On TOO_MANY_REQUESTS: when to come back (also the Retry-After header over HTTP).
          retryAfterSeconds: error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null,
        },
      };
    },
  });

/** Keys superjson refuses to carry (it guards against prototype pollution). */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** How an answer names the field at a zod issue's path: `values.claim`, or `input` for the whole. */
export function fieldKey(path: readonly PropertyKey[]): string {
  const key = path.length ? path.map(String).join(".") : "input";
  return UNSAFE_KEYS.has(key) ? `input.${key}` : key;
}

/**
 * Messages by the field at fault. Gathered in a Map, since a hostile input may name a field
 * `constructor` or `__proto__`, which a plain object would answer from its prototype; such a
 * field is reported as `input.<name>`, a key superjson will carry.
 */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const issue of issues) {
    const field = fieldKey(issue.path);
    out.set(field, [...(out.get(field) ?? []), issue.message]);
  }
  return Object.fromEntries(out);
}

const unavailable = () =>
  new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: "The database cannot be reached right now. Please try again in a moment.",
  });

/**
 * Unexpected errors leave a procedure masked, for every caller (HTTP, server components,
 * route handlers): logged with an id, and only the id goes on. The id is also the
 * error's `digest`, which Next shows on its error page instead of a hash of its own.
 */
const maskUnexpected = t.middleware(async ({ path, next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const id = reportUnexpected(result.error, `tRPC ${path}`);
  const masked = Object.assign(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: maskedMessage(id) }), {
    digest: id,
  });
  rememberErrorId(masked, id);
  throw masked;
});

/** The transport's code for each domain error's. */
const TRPC_CODE_OF = {
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID: "BAD_REQUEST",
  FORBIDDEN: "FORBIDDEN",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UNPROCESSABLE: "UNPROCESSABLE_CONTENT",
} as const satisfies Record<DomainErrorCode, TRPCError["code"]>;

/**
 * Services and queries throw domain errors (lib/errors.ts); this is the one place that
 * turns them into tRPC's codes. The domain error stays the cause, so the formatter can
 * carry its field issues, the newer version of a conflict, or when to come back.
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok || !(result.error.cause instanceof DomainError)) return result;
  const cause = result.error.cause;
  throw new TRPCError({ code: TRPC_CODE_OF[cause.code], message: cause.message, cause });
});

/** TOO_MANY_REQUESTS (HTTP 429) carrying when to come back. */
export function tooManyRequests(error: RateLimitedError): TRPCError {
  return new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
}

/** Resolves the database and turns "cannot connect" into SERVICE_UNAVAILABLE (HTTP 503). */
const withDatabase = t.middleware(async ({ ctx, type, meta, next }) => {
  let db: Db;
  try {
    // With read replicas, only anonymous reads go to them: a change, and anything a signed-in
    // user does (who expects to see what they just saved), stays on the primary.
    const anonymousRead = type === "query" && (meta?.access ?? "public") === "public";
    db = anonymousRead ? await ctx.getDb() : onPrimary(await ctx.getDb());
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

/**
 * For procedures that change content: the change runs with a change log, and only once it
 * has resolved (committed) are the cached public reads it changed purged, in this request.
 * A change that fails rolls back and purges nothing. A purge cannot undo a commit: should
 * it fail, it is reported and the change still answered as done; should working out the
 * tags fail, everything is purged.
 */
export const purgesChangedReads = t.middleware(async ({ ctx, path, next }) => {
  const changes: ContentChange[] = [];
  const result = await changeLog.run(changes, () => next());
  if (!result.ok || changes.length === 0 || !ctx.invalidate) return result;
  let tags: string[];
  try {
    tags = await tagsFor(onPrimary(await ctx.getDb()), changes);
  } catch (error) {
    reportUnexpected(error as object, `cache tags after ${path}`);
    tags = [TAGS.all];
  }
  try {
    if (tags.length > 0) await ctx.invalidate(tags);
  } catch (error) {
    reportUnexpected(error as object, `cache purge after ${path}`);
  }
  return result;
});

/** The published reads for a procedure: the app's cache, or its database directly. */
export function publishedReads(ctx: { publishedReads?: PublishedReads; db: Db }): PublishedReads {
  return ctx.publishedReads ?? directReads(ctx.db);
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone may call it; it sees published content only. */
export const publicProcedure = t.procedure
  .meta({ access: "public" })
  .use(maskUnexpected)
  .use(mapDomainErrors)
  .use(withDatabase);

/**
 * A per-address limit on a public read (READ_LIMITS): `publicProcedure.use(rateLimit("search"))`.
 * One upsert per call; past the limit, TOO_MANY_REQUESTS before the read runs.
 */
export function rateLimit(name: ReadLimitName) {
  return t.middleware(async ({ ctx, next }) => {
    const result = await hitReadLimit(await ctx.getDb(), name, limitSubject(clientIp(ctx.headers)));
    if (!result.allowed)
      throw tooManyRequests(new RateLimitedError("Too many requests from your network.", result.retryAfterSeconds));
    return next();
  });
}

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
