import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ENTITIES, ENTITY_TYPES, type EntityType } from "@/lib/curation/entities";
import { readableIdSchema } from "@/lib/ids";
import {
  allowedTransitions,
  createEntity,
  history,
  listEntities,
  overview,
  readEntity,
  revertTo,
  setDeleted,
  transition,
  updateEntity,
} from "../services/curation/service";
import { anchorSelection, documentAnchors } from "../services/curation/anchoring";
import { parseValues } from "../services/curation/values";
import { idempotencyKeyOf, idempotent } from "../services/curation/idempotency";
import type { SessionUser } from "../services/auth";
import { importCase, IMPORT_MAX_BYTES } from "../services/import";
import { importAif } from "../services/import-aif";
import { adminProcedure, createTRPCRouter, editorProcedure, purgesChangedReads } from "../trpc";
import { plainText } from "@/lib/text-input";

const type = z.enum(ENTITY_TYPES);
const target = z.object({ type, id: plainText().min(1).max(300) });
const versioned = target.extend({ baseVersion: z.number().int().min(1) });
const note = plainText().trim().max(2000).optional();

interface MutationCtx {
  db: Db;
  user: SessionUser;
  headers: Headers;
}

/** Runs a change once per Idempotency-Key (when the request carries one), in one transaction with it. */
function once<T>(ctx: MutationCtx, path: string, input: unknown, work: (db: Db) => Promise<T>): Promise<T> {
  return idempotent(ctx.db, ctx.user, idempotencyKeyOf(ctx.headers), { path, input }, work);
}

/** Changes to content: once committed, they purge the cached public reads they change. */
const editorChange = editorProcedure.use(purgesChangedReads);
const adminChange = adminProcedure.use(purgesChangedReads);

function found<T>(row: T | null, entity: EntityType, id: string): T {
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `No ${ENTITIES[entity].label.toLowerCase()} "${id}".` });
  return row;
}

export const curationRouter = createTRPCRouter({
  overview: editorProcedure.query(({ ctx }) => overview(ctx.db)),

  list: editorProcedure
    .input(
      z.object({
        type,
        text: plainText().max(200).optional(),
        status: z.enum(["draft", "in_review", "published"]).optional(),
        deleted: z.boolean().default(false),
        page: z.number().int().min(1).max(10_000).default(1),
      }),
    )
    .query(({ ctx, input }) =>
      listEntities(ctx.db, input.type, { ...input, limit: 50, offset: (input.page - 1) * 50 }),
    ),

  get: editorProcedure.input(target).query(async ({ ctx, input }) => {
    const entity = found(await readEntity(ctx.db, input.type, input.id), input.type, input.id);
    return { ...entity, transitions: entity.deletedAt ? [] : allowedTransitions(ctx.user.role, entity.status) };
  }),

  /** Search-as-you-type for reference pickers. */
  options: editorProcedure
    .input(z.object({ type, text: plainText().max(200).default("") }))
    .query(async ({ ctx, input }) => {
      const { items } = await listEntities(ctx.db, input.type, { text: input.text, limit: 20, offset: 0 });
      return items.map((i) => ({ id: i.id, title: i.title, status: i.status }));
    }),

  create: editorChange
    .input(z.object({ type, id: readableIdSchema.optional(), values: z.record(z.string(), z.unknown()), note }))
    .mutation(({ ctx, input }) =>
      once(ctx, "create", input, (db) =>
        createEntity(db, ctx.user, input.type, parseValues(input.type, input.values), {
          id: input.id,
          note: input.note,
        }),
      ),
    ),

  update: editorChange
    .input(versioned.extend({ values: z.record(z.string(), z.unknown()), note }))
    .mutation(({ ctx, input }) =>
      once(ctx, "update", input, (db) =>
        updateEntity(
          db,
          ctx.user,
          input.type,
          input.id,
          input.baseVersion,
          parseValues(input.type, input.values),
          input.note ?? null,
        ),
      ),
    ),

  delete: editorChange
    .input(versioned)
    .mutation(({ ctx, input }) =>
      once(ctx, "delete", input, (db) => setDeleted(db, ctx.user, input.type, input.id, input.baseVersion, true)),
    ),

  restore: adminChange
    .input(versioned)
    .mutation(({ ctx, input }) =>
      once(ctx, "restore", input, (db) => setDeleted(db, ctx.user, input.type, input.id, input.baseVersion, false)),
    ),

  transition: editorChange
    .input(versioned.extend({ to: z.enum(["draft", "in_review", "published"]), note }))
    .mutation(({ ctx, input }) =>
      once(ctx, "transition", input, (db) =>
        transition(db, ctx.user, input.type, input.id, input.baseVersion, input.to, input.note ?? null),
      ),
    ),

  /** A document's anchors checked against its current text: the re-anchoring check after an edit. */
  documentAnchors: editorProcedure
    .input(z.object({ documentId: readableIdSchema }))
    .query(({ ctx, input }) => documentAnchors(ctx.db, input.documentId)),

  anchorSelection: editorChange
    .input(
      z.object({
        documentId: readableIdSchema,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        owner: z.object({ type: z.enum(["quote", "event", "argument"]), id: readableIdSchema }),
      }),
    )
    .mutation(({ ctx, input }) => anchorSelection(ctx.db, ctx.user, input)),

  /** Imports a case exported as JSON: a dry run reports what it would create; a real run writes it all as drafts, or nothing. */
  importCase: editorChange
    .input(
      z.object({
        text: z.string().max(4 * IMPORT_MAX_BYTES, "the file is far too large"),
        dryRun: z.boolean().default(true),
      }),
    )
    .mutation(({ ctx, input }) => importCase(ctx.db, ctx.user, input)),

  /** Imports an AIF graph into a case as a new draft position (dry run by default). */
  importAif: editorChange
    .input(
      z.object({
        text: z.string().max(4 * IMPORT_MAX_BYTES, "the file is far too large"),
        caseSlug: readableIdSchema,
        positionTitle: plainText().trim().min(1, "give the new position a title").max(500),
        dryRun: z.boolean().default(true),
      }),
    )
    .mutation(({ ctx, input }) => importAif(ctx.db, ctx.user, input)),

  history: editorProcedure.input(target).query(({ ctx, input }) => history(ctx.db, input.type, input.id)),

  revert: editorChange
    .input(versioned.extend({ revisionId: z.number().int().min(1) }))
    .mutation(({ ctx, input }) =>
      once(ctx, "revert", input, (db) =>
        revertTo(db, ctx.user, input.type, input.id, input.revisionId, input.baseVersion),
      ),
    ),
});
