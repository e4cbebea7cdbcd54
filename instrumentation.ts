/**
 * Runs once when a server starts: open the database, migrate and, if it is empty, seed
 * it, so the first reader does not wait. A failure here is logged, not fatal: the server
 * starts, answers 503 and retries on the next request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
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
}
