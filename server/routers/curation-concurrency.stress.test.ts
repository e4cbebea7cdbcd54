import { TRPCError } from "@trpc/server";
import { asc, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { revisions } from "@/db/schema";
import { seededDatabaseForFile, signedIn } from "../testing";

/**
 * Many editors saving the same few items at once, through the curation procedures with
 * optimistic concurrency: each save names the version it was based on. Every answer must
 * be a success or CONFLICT, and the history must be one unbroken chain per item.
 *
 * Revisions have no parent column: the parent of revision v is the item's revision v − 1.
 * The chain is checked both ways: versions run 1, 2, 3… with no gap or repeat in the order
 * revisions were written, and each revision's `before` is exactly the `after` of the one
 * before it (the head it replaced).
 */
const EDITORS = 20;
const EDITS_EACH = 50;
const ITEMS = 10;

const db = seededDatabaseForFile();

describe(`${EDITORS} editors × ${EDITS_EACH} edits on ${ITEMS} shared items`, () => {
  it("answers every save with success or CONFLICT and records one revision per success, each on the head it replaced", async () => {
    const editors = await Promise.all(Array.from({ length: EDITORS }, () => signedIn(db().db, "editor")));
    const items: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const created = await editors[0]!.caller.curation.create({
        type: "argument",
        values: {
          positionId: "p-kaine-unconstitutional",
          claim: `Shared claim number ${i} under concurrent editing.`,
          explanation: "Before any edit.",
          attributedTo: ["kaine"],
        },
      });
      items.push(created.id);
    }

    const outcomes = { success: 0, conflict: 0, other: [] as string[] };
    const successesPer = new Map(items.map((id) => [id, 0]));
    const started = performance.now();
    await Promise.all(
      editors.map(async (editor, e) => {
        for (let n = 0; n < EDITS_EACH; n++) {
          const id = items[(e * 7 + n * 3) % ITEMS]!; // editors collide on purpose
          try {
            const current = await editor.caller.curation.get({ type: "argument", id });
            await editor.caller.curation.update({
              type: "argument",
              id,
              baseVersion: current.version,
              values: {
                ...current.values,
                explanation: `Editor ${e}, edit ${n}.`,
                attributedTo: n % 2 ? [] : ["kaine"],
              },
              note: `e${e}n${n}`,
            });
            outcomes.success++;
            successesPer.set(id, successesPer.get(id)! + 1);
          } catch (error) {
            if (error instanceof TRPCError && error.code === "CONFLICT") outcomes.conflict++;
            else outcomes.other.push(error instanceof TRPCError ? `${error.code}: ${error.message}` : String(error));
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `[concurrency] ${db().driver}: ${EDITORS * EDITS_EACH} saves in ${seconds.toFixed(1)} s (${((EDITORS * EDITS_EACH) / seconds).toFixed(0)}/s): ` +
        `${outcomes.success} succeeded, ${outcomes.conflict} CONFLICT, ${outcomes.other.length} other`,
    );

    expect(outcomes.other).toEqual([]);
    expect(outcomes.success + outcomes.conflict).toBe(EDITORS * EDITS_EACH);
    expect(outcomes.success).toBeGreaterThan(0);

    const rows = await db()
      .db.select({
        entityId: revisions.entityId,
        version: revisions.version,
        action: revisions.action,
        before: revisions.before,
        after: revisions.after,
      })
      .from(revisions)
      .where(inArray(revisions.entityId, items))
      .orderBy(asc(revisions.id));
    const updates = rows.filter((r) => r.action === "update");
    expect(updates.length).toBe(outcomes.success);
    for (const id of items) {
      const chain = rows.filter((r) => r.entityId === id);
      expect(chain.length - 1).toBe(successesPer.get(id));
      chain.forEach((revision, i) => {
        expect(revision.version).toBe(i + 1);
        if (i > 0) expect(revision.before).toEqual(chain[i - 1]!.after);
      });
      const head = await editors[0]!.caller.curation.get({ type: "argument", id });
      expect(head.version).toBe(chain.length);
      expect({ values: head.values, status: head.status, deleted: false }).toEqual(chain.at(-1)!.after);
    }
  });
});
