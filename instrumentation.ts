/**
 * Runs once when a server starts: open the database, migrate and, if it is empty, seed
 * it, so the first reader does not wait. A failure here is logged, not fatal: the server
 * starts, answers 503 and retries on the next request. Then, at start-up and hourly,
 * delete ended sessions and spent rate-limit counters (docs/security.md, "Pruning").
 */
import type { Instrumentation } from "next";
import { noteRequestFailure } from "./db/availability";

const PRUNE_EVERY_MS = 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` loads this too, in the workers that prerender: they must not open (and, with
  // PGlite, lock) the database the server is about to open. Prerendering needs none.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  (await import("./server/outage-response")).answerOutageFailuresWith503();
  const { getDb } = await import("./db/runtime");
  const { configuredTarget, describeTarget } = await import("./db/target");
  const where = describeTarget(configuredTarget());
  try {
    await getDb();
    console.info(`Database ready: ${where}`);
  } catch (error) {
    console.error(`Database not ready (${where}); requests will get 503 until it is.`, error);
  }

  const { pruneExpired } = await import("./server/services/prune");
  const prune = async () => {
    try {
      const gone = await pruneExpired(await getDb());
      if (gone.sessions || gone.rateLimits || gone.idempotencyKeys) {
        console.info(
          `Pruned ${gone.sessions} ended session(s), ${gone.rateLimits} spent rate-limit counter(s) and ${gone.idempotencyKeys} old idempotency key(s).`,
        );
      }
    } catch (error) {
      // The database may be down; the next round tries again.
      console.error("Pruning failed:", error);
    }
  };
  void prune();
  // unref: the timer alone must not keep a stopping server alive.
  setInterval(() => void prune(), PRUNE_EVERY_MS).unref();
}

/**
 * A page or route that failed for want of the database (a read outside the tRPC
 * procedures, which mark it themselves) puts the outage on record before Next writes its
 * 500, so that the answer is a 503 (server/outage-response.ts) and the proxy answers the
 * next requests without trying the database. Synchronous on purpose: Next does not wait.
 */
export const onRequestError: Instrumentation.onRequestError = (error) => noteRequestFailure(error);
