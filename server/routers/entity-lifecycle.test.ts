import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTITY_ORDER } from "@/db/content-model";
import { loadSeedContent } from "@/db/seed/case-file";
import type { EntityType } from "@/lib/curation/entities";
import { ConflictError } from "@/lib/errors";
import { seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
type Who = Awaited<ReturnType<typeof signedIn>>;
let editor: Who;
let admin: Who;
beforeAll(async () => {
  editor = await signedIn(db().db, "editor");
  admin = await signedIn(db().db, "admin");
});

const { file } = loadSeedContent();
const CASE = file.case.slug;
const SEED = {
  actor: file.actors[0]!.id,
  position: file.positions[0]!.id,
  argument: file.arguments[0]!.id,
  event: file.events[0]!.id,
  source: file.legal_sources.find((l) => l.kind === "statute")!.id,
  clash: file.clashes[0]!.id,
};
const TEXT = "The lifecycle document says exactly this, once, and nothing else of note.";

/** Ids made earlier in the walk, for the types that point at them. */
const made: Partial<Record<EntityType, string>> = {};

/**
 * For every entity type: the values it is created with, and one edit. Types come in the
 * content model's order, so a type can point at what an earlier one made.
 */
const SAMPLES: Record<EntityType, () => { create: Record<string, unknown>; edit: Record<string, unknown> }> = {
  case: () => ({
    create: { slug: "lifecycle-case", title: "Lifecycle case", summary: "A case made by the test." },
    edit: { title: "Lifecycle case, retitled" },
  }),
  document: () => ({
    create: { caseId: CASE, kind: "statement", title: "Lifecycle document", language: "en", text: TEXT },
    edit: { publisher: "The test desk" },
  }),
  anchor: () => ({
    create: { documentId: made.document, exact: "exactly this" },
    edit: { exact: "nothing else of note" },
  }),
  actor: () => ({
    create: { name: "Lifecycle Actor", kind: "person" },
    edit: { role: "Witness" },
  }),
  legalSource: () => ({
    create: {
      kind: "case",
      shortTitle: "Lifecycle v. Test",
      citation: "Lifecycle v. Test, 1 U.S. 1 (1800)",
      date: "1800",
      datePrecision: "year",
      summary: "A source made by the test.",
      verification: "checked",
    },
    edit: { summary: "A source made by the test, summarized again." },
  }),
  keyPassage: () => ({
    create: {
      legalSourceId: made.legalSource,
      pinpoint: "at 1",
      text: "Words of the lifecycle source, verbatim.",
      verification: "background",
    },
    edit: { opinion: "Test, J., concurring" },
  }),
  position: () => ({
    create: {
      caseId: CASE,
      title: "Lifecycle position",
      summary: "Held by the test.",
      stance: "contested",
      legalFrame: "domestic",
    },
    edit: { holders: [SEED.actor] },
  }),
  argument: () => ({
    create: { positionId: made.position, claim: "Lifecycle claim.", explanation: "Because the test says so." },
    edit: { events: [SEED.event], attributedTo: [SEED.actor] },
  }),
  event: () => ({
    create: {
      caseId: CASE,
      title: "Lifecycle event",
      kind: "statement",
      date: "2021-02-26",
      datePrecision: "day",
      summary: "It happened in the test.",
    },
    edit: { place: "Washington" },
  }),
  quote: () => ({
    create: { caseId: CASE, speakerId: SEED.actor, text: "Words spoken only in the lifecycle test." },
    edit: { events: [SEED.event] },
  }),
  citation: () => ({
    create: { argumentId: made.argument, legalSourceId: SEED.source, use: "relies_on" },
    edit: { pinpoint: "§ 2" },
  }),
  relation: () => ({
    create: { fromArgumentId: made.argument, kind: "supports", toArgumentId: SEED.argument },
    edit: { note: "Added by the edit." },
  }),
  clash: () => ({
    create: { caseId: CASE, question: "Does the lifecycle test pass?" },
    edit: { sortOrder: 7 },
  }),
  clashSide: () => ({
    create: { clashId: made.clash, label: "Yes" },
    edit: { positions: [SEED.position], arguments: [SEED.argument] },
  }),
  prompt: () => ({
    create: { caseId: CASE, prompt: "What would change your mind?" },
    edit: { clashes: [SEED.clash] },
  }),
};

describe("every entity type through the whole curation workflow", () => {
  it.each(ENTITY_ORDER.map((type) => [type]))(
    "%s: create, update, no-op update, conflict, review, publish, unpublish, delete, restore, revert",
    async (type) => {
      const sample = SAMPLES[type]();
      const c = editor.caller.curation;
      const created = await c.create({ type, values: sample.create });
      made[type] = created.id;
      expect(created).toMatchObject({ status: "draft", version: 1 });

      const edited = await c.update({
        type,
        id: created.id,
        baseVersion: 1,
        values: { ...created.values, ...sample.edit },
      });
      expect(edited.version).toBe(2);
      for (const [name, value] of Object.entries(sample.edit)) expect(edited.values[name], name).toEqual(value);

      // Saving the same values again changes nothing: no version, no revision.
      const same = await c.update({ type, id: created.id, baseVersion: 2, values: edited.values });
      expect(same.version).toBe(2);

      // A save based on version 1 meets version 2, and is told what it is.
      const stale = await c
        .update({ type, id: created.id, baseVersion: 1, values: created.values })
        .catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(TRPCError);
      expect((stale as TRPCError).code).toBe("CONFLICT");
      const conflict = (stale as TRPCError).cause;
      expect(conflict).toBeInstanceOf(ConflictError);
      expect((conflict as ConflictError<{ version: number }>).current?.version).toBe(2);

      const inReview = await c.transition({ type, id: created.id, baseVersion: 2, to: "in_review" });
      const published = await admin.caller.curation.transition({
        type,
        id: created.id,
        baseVersion: inReview.version,
        to: "published",
      });
      expect(published.status).toBe("published");
      const draft = await admin.caller.curation.transition({
        type,
        id: created.id,
        baseVersion: published.version,
        to: "draft",
      });

      const deleted = await c.delete({ type, id: created.id, baseVersion: draft.version });
      expect(deleted.deletedAt).not.toBeNull();
      await expect(c.restore({ type, id: created.id, baseVersion: deleted.version })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      const restored = await admin.caller.curation.restore({ type, id: created.id, baseVersion: deleted.version });
      expect(restored.deletedAt).toBeNull();

      const history = await c.history({ type, id: created.id });
      const first = history.at(-1)!;
      const reverted = await c.revert({ type, id: created.id, revisionId: first.id, baseVersion: restored.version });
      expect(reverted.values).toEqual(created.values);
      expect(reverted.version).toBe(restored.version + 1);

      const actions = (await c.history({ type, id: created.id })).map((r) => r.action).reverse();
      expect(actions).toEqual(["create", "update", "status", "status", "status", "delete", "restore", "revert"]);
    },
  );
});
