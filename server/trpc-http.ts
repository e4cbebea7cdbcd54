import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./trpc";
import { crossSiteReason } from "./http";
import { appRouter } from "./root";
import { RateLimitedError } from "@/lib/errors";

export const TRPC_ENDPOINT = "/api/trpc";

/** The most calls one batched request may carry (the client's batch link sends at most this many). */
export const MAX_BATCH_CALLS = 10;

/** Procedures that must arrive alone: each call is a password guess, so a batch must not multiply them. */
const UNBATCHABLE = new Set(["auth.login"]);

const refusal = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * Checks a batched request's list of calls before any procedure runs: at most
 * MAX_BATCH_CALLS, and no sign-in among several. Returns the refusal, or null.
 */
export function batchRefusal(url: URL): Response | null {
  if (url.searchParams.get("batch") !== "1") return null;
  let paths: string[];
  try {
    // tRPC decodes the path the same way before splitting it into calls.
    paths = decodeURIComponent(url.pathname.slice(TRPC_ENDPOINT.length + 1)).split(",");
  } catch {
    return refusal(400, "BAD_REQUEST", "Refused: the procedure path is not valid percent-encoding.");
  }
  if (paths.length > MAX_BATCH_CALLS) {
    return refusal(
      400,
      "BAD_REQUEST",
      `Refused: a batch may hold at most ${MAX_BATCH_CALLS} calls; this one holds ${paths.length}.`,
    );
  }
  const alone = paths.length > 1 ? paths.find((p) => UNBATCHABLE.has(p)) : undefined;
  if (alone) return refusal(400, "BAD_REQUEST", `Refused: ${alone} must be sent on its own, not in a batch.`);
  return null;
}

/** Seconds to wait before retrying, the longest any refused call asks for. */
function retryAfterOf(errors: TRPCError[]): number | null {
  let wait: number | null = null;
  for (const error of errors) {
    const seconds =
      error.cause instanceof RateLimitedError
        ? error.cause.retryAfterSeconds
        : error.code === "SERVICE_UNAVAILABLE"
          ? 5 // while the database is down
          : // Limits that throw TOO_MANY_REQUESTS themselves say when in the message.
            error.code === "TOO_MANY_REQUESTS"
            ? Number(/Try again in (\d+) s/.exec(error.message)?.[1] ?? 60)
            : null;
    if (seconds !== null) wait = Math.max(wait ?? 0, seconds);
  }
  return wait;
}

/**
 * The tRPC endpoint over HTTP: CSRF and batch checks first, then the router. Throttled
 * calls answer 429 (tRPC's status for TOO_MANY_REQUESTS) with Retry-After.
 */
export function handleTrpcRequest(
  req: Request,
  createContext: (resHeaders: Headers) => Context,
): Promise<Response> | Response {
  // Every change goes through POST; refuse any that is not same-origin JSON (CSRF).
  if (req.method !== "GET") {
    const reason = crossSiteReason(req);
    if (reason) return refusal(403, "FORBIDDEN", `Refused: ${reason}. Changes must be same-origin JSON requests.`);
  }
  const refused = batchRefusal(new URL(req.url));
  if (refused) return refused;
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    // The same cap inside tRPC, in case a request reaches it some other way.
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: ({ resHeaders }) => createContext(resHeaders),
    responseMeta({ errors }) {
      const wait = retryAfterOf(errors);
      return wait === null ? {} : { headers: new Headers({ "Retry-After": String(wait) }) };
    },
  });
}
