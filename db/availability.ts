/**
 * Whether the database can be reached, shared through globalThis so that the request
 * proxy, route handlers and server components (bundled separately by Next, but running
 * in one process) see the same state.
 */
interface Availability {
  /** When a query last failed for want of a connection; null while all is well. */
  unavailableSince: number | null;
  /** The last connection failure ever seen, kept after recovery (see isDatabaseRecentlyUnavailable). */
  lastFailureAt: number | null;
  /** Set by the runtime once it exists: a round trip that succeeds when the database is back. */
  probe: (() => Promise<void>) | null;
  inFlight: Promise<boolean> | null;
  lastCheck: { at: number; ok: boolean } | null;
}

const key = Symbol.for("war-powers-explorer.db-availability");
type WithAvailability = typeof globalThis & { [key]?: Availability };

function state(): Availability {
  const g = globalThis as WithAvailability;
  g[key] ??= { unavailableSince: null, lastFailureAt: null, probe: null, inFlight: null, lastCheck: null };
  return g[key];
}

/**
 * A probe result is trusted this long before the next request tries again: short, so the
 * app is back well within a second of the database, and still only a few cheap failed
 * connection attempts a second while it is down (requests in between are answered 503).
 */
const RECHECK_MS = 250;

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

/** True when an error (or anything in its cause chain) means "could not reach the database". */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    if (typeof e !== "object") return false;
    const { code, errors } = e as { code?: unknown; errors?: unknown };
    if (typeof code === "string" && (CONNECTION_ERROR_CODES.has(code) || code.startsWith("08"))) return true;
    // AggregateError from a dual-stack connect attempt.
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailableError)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function markDatabaseUnavailable(): void {
  const s = state();
  const now = Date.now();
  s.unavailableSince ??= now;
  s.lastFailureAt = now;
  s.lastCheck = { at: now, ok: false };
}

/** For a request that failed: if it failed for want of the database, that is an outage on record. */
export function noteRequestFailure(error: unknown): void {
  if (isDatabaseUnavailableError(error)) markDatabaseUnavailable();
}

export function markDatabaseAvailable(): void {
  const s = state();
  s.unavailableSince = null;
  s.lastCheck = { at: Date.now(), ok: true };
}

/**
 * How long after the last connection failure a failed page still counts as the outage's.
 * A render that began while the database was going (or before it was back) can end a
 * moment after another request's probe cleared the flag; its 500 is still the outage.
 */
const FAILURE_GRACE_MS = 5_000;

/** Whether the database is down now, or was a moment ago (FAILURE_GRACE_MS). */
export function isDatabaseRecentlyUnavailable(now = Date.now()): boolean {
  const s = state();
  return s.unavailableSince !== null || (s.lastFailureAt !== null && now - s.lastFailureAt < FAILURE_GRACE_MS);
}

export function registerDatabaseProbe(probe: () => Promise<void>): void {
  state().probe = probe;
}

/**
 * Cheap when the database is fine (no I/O at all). After a connection failure it probes
 * at most once per RECHECK_MS, sharing one probe among concurrent requests, and clears the
 * flag as soon as a probe succeeds: the app recovers by itself.
 */
export async function isDatabaseAvailable(): Promise<boolean> {
  const s = state();
  if (s.unavailableSince === null) return true;
  if (!s.probe) return false;
  if (s.lastCheck && Date.now() - s.lastCheck.at < RECHECK_MS) return s.lastCheck.ok;
  s.inFlight ??= s
    .probe()
    .then(() => (markDatabaseAvailable(), true))
    .catch(() => (markDatabaseUnavailable(), false))
    .finally(() => {
      s.inFlight = null;
    });
  return s.inFlight;
}
