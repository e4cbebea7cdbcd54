import { z } from "zod";
import { actorKind } from "@/db/schema/actors";
import { readableIdSchema } from "@/lib/ids";
import { acceptProposals, proposalsFor } from "../services/authoring";
import { createTRPCRouter, editorProcedure, purgesChangedReads } from "../trpc";

const offset = z.number().int().min(0).max(10_000_000);
const precision = z.enum(["day", "month", "year"]);
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const name = z.string().trim().min(1).max(200);

export const acceptInput = z.object({
  documentId: readableIdSchema,
  newActors: z
    .array(z.object({ name, kind: z.enum(actorKind.enumValues) }))
    .max(200)
    .default([]),
  quotes: z
    .array(
      z.object({
        start: offset,
        end: offset,
        speaker: z.union([z.object({ actorId: readableIdSchema }), z.object({ newActor: name })]),
        date: partialDate.nullable(),
        precision: precision.nullable(),
      }),
    )
    .max(500)
    .default([]),
  events: z
    .array(
      z.object({
        start: offset,
        end: offset,
        title: z.string().trim().min(1).max(300),
        date: partialDate,
        precision,
        place: z.string().trim().max(300).nullable(),
        actorIds: z.array(readableIdSchema).max(50).default([]),
        newActors: z.array(name).max(50).default([]),
      }),
    )
    .max(500)
    .default([]),
});

/** The authoring workspace (docs/authoring.md): editors only, like the rest of curation. */
export const authoringRouter = createTRPCRouter({
  /** What the proposer finds in a stored document, each with why. */
  propose: editorProcedure
    .input(z.object({ documentId: readableIdSchema }))
    .query(({ ctx, input }) => proposalsFor(ctx.db, input.documentId)),

  /** Creates the accepted quotations and events as anchored drafts, with any new actors: all in one transaction. */
  accept: editorProcedure
    .use(purgesChangedReads)
    .input(acceptInput)
    .mutation(({ ctx, input }) => acceptProposals(ctx.db, ctx.user, input)),
});
