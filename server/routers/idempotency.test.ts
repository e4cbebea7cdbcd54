import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys, revisions } from "@/db/schema";
import { createCaller } from "../root";
import { SESSION_COOKIE } from "../services/auth";
import { seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
type Who = Awaited<ReturnType<typeof signedIn>>;
let editor: Who;
let other: Who;
beforeAll(async () => {
  editor = await signedIn(db().db, "editor");
  other = await signedIn(db().db, "editor");
});

/** A caller whose requests carry the given Idempotency-Key, as the HTTP handler would pass it. */
function withKey(who: Who, key: string) {
  const headers = new Headers({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(who.token)}`, "idempotency-key": key });
  return createCaller({ getDb: async () => db().db, headers, resHeaders: new Headers() });
}

async function revisionCount(entityId: string) {
  const [row] = await db().db.select({ n: count() }).from(revisions).where(eq(revisions.entityId, entityId));
  return row!.n;
}

const actor = (name: string) => ({ name, kind: "person" });

describe("Idempotency-Key on curation changes", () => {
  it("applies a retried create once and answers the retry with the first answer, dates included", async () => {
    const first = await withKey(editor, "create-once").curation.create({
      type: "actor",
      values: actor("Idempotent Person"),
    });
    const retry = await withKey(editor, "create-once").curation.create({
      type: "actor",
      values: actor("Idempotent Person"),
    });
    expect(retry).toEqual(first);
    expect(retry.updatedAt).toBeInstanceOf(Date);
    // Without the key the same input would have made a second actor ("…-2").
    expect(await revisionCount(first.id)).toBe(1);
    expect(await revisionCount(`${first.id}-2`)).toBe(0);
  });

  it("applies a retried update once, even when the retries arrive together", async () => {
    const created = await editor.caller.curation.create({ type: "actor", values: actor("Concurrent Retry") });
    const update = {
      type: "actor" as const,
      id: created.id,
      baseVersion: 1,
      values: { ...created.values, role: "Edited once" },
    };
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => withKey(editor, "update-together").curation.update(update)),
    );
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]!.version).toBe(2);
    expect(await revisionCount(created.id)).toBe(2); // create + one update, no CONFLICTs from the retries
  });

  it("refuses the same key for a different request, and scopes keys per user", async () => {
    await withKey(editor, "reused").curation.create({ type: "actor", values: actor("First Use") });
    await expect(
      withKey(editor, "reused").curation.create({ type: "actor", values: actor("Second Use") }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    const theirs = await withKey(other, "reused").curation.create({ type: "actor", values: actor("Second Use") });
    expect(theirs.values.name).toBe("Second Use");
  });

  it("stores nothing for a change that failed, so the key stays usable", async () => {
    const caller = withKey(editor, "failed-first");
    await expect(
      caller.curation.update({ type: "actor", id: "no-such-actor", baseVersion: 1, values: actor("Nobody") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await db()
      .db.select({ n: count() })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, editor.id), eq(idempotencyKeys.key, "failed-first")));
    expect(row!.n).toBe(0);
  });

  it("refuses a malformed key", async () => {
    await expect(
      withKey(editor, "has spaces").curation.create({ type: "actor", values: actor("Bad Key") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
