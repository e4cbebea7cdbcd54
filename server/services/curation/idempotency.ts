import { InvalidInputError, UnprocessableError } from "@/lib/errors";
import { and, eq } from "drizzle-orm";
import superjson, { type SuperJSONResult } from "superjson";
import type { Db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { canonicalHash } from "@/lib/export/canonical";
import type { SessionUser } from "../auth";

/** The request header a client sets to make a retried change apply once. */
export const IDEMPOTENCY_HEADER = "idempotency-key";

// Printable ASCII, as the IETF draft suggests; long enough for a UUID with a prefix.
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The key a request carries, or null; a malformed one is refused rather than ignored. */
export function idempotencyKeyOf(headers: Headers): string | null {
  const key = headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return null;
  if (!KEY_PATTERN.test(key)) {
    throw new InvalidInputError("Idempotency-Key must be 1 to 200 printable ASCII characters.");
  }
  return key;
}

// Stands in for the answer until the change commits; nobody outside the transaction sees it.
const PENDING = { pending: true };

/**
 * Runs a change at most once per (user, key). The key is claimed first, inside the
 * change's own transaction: a concurrent retry with the same key waits on the claim's
 * unique index until this transaction ends, then finds the stored answer (commit) or
 * claims the key itself (rollback). A failed change stores nothing, so it may be retried.
 * The same key with a different request is refused: it is a client bug, not a retry.
 */
export async function idempotent<T>(
  db: Db,
  user: SessionUser,
  key: string | null,
  request: unknown,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  if (key === null) return work(db);
  const requestHash = canonicalHash(request);
  const thisKey = and(eq(idempotencyKeys.userId, user.id), eq(idempotencyKeys.key, key));
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ userId: user.id, key, requestHash, response: PENDING })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [prior] = await tx
        .select({ requestHash: idempotencyKeys.requestHash, response: idempotencyKeys.response })
        .from(idempotencyKeys)
        .where(thisKey);
      if (prior!.requestHash !== requestHash) {
        throw new UnprocessableError("This Idempotency-Key was already used for a different request.");
      }
      return superjson.deserialize<T>(prior!.response as SuperJSONResult);
    }
    const result = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ response: superjson.serialize(result) })
      .where(thisKey);
    return result;
  });
}
