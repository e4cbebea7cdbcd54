import { z } from "zod";
import { actorKind } from "@/db/schema/actors";
import { readableIdSchema } from "@/lib/ids";
import { DOCUMENT_FORMATS } from "@/lib/authoring/document-text";
import { plainText } from "@/lib/text-input";
import { acceptProposals, proposalsFor, rejectProposal, REJECTABLE_KINDS, startDocument } from "../services/authoring";
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
export const startInput = z.object({
  case: z.union([
    z.object({ slug: readableIdSchema }),
    z.object({ newTitle: plainText().trim().min(1, "name the new case").max(300) }),
  ]),
  title: plainText().trim().min(1, "give the document its title").max(500),
  publisher: plainText().trim().max(200).nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day, YYYY-MM-DD")
    .nullable(),
  url: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
    .max(2000)
    .nullable(),
  format: z.enum(DOCUMENT_FORMATS),
  content: z.string().max(2_000_000, "a document holds at most 2,000,000 characters"),
});

export const authoringRouter = createTRPCRouter({
  /** Stores a document to build a case from (a new draft case, or an existing one), verbatim. */
  start: editorProcedure
    .use(purgesChangedReads)
    .input(startInput)
    .mutation(({ ctx, input }) => startDocument(ctx.db, ctx.user, input)),

  /** What the proposer finds in a stored document, each with why. */
  propose: editorProcedure
    .input(z.object({ documentId: readableIdSchema }))
    .query(({ ctx, input }) => proposalsFor(ctx.db, input.documentId)),

  /** Rejects a proposal for this document, remembered so it is not proposed again; `restore` takes that back. */
  reject: editorProcedure
    .input(
      z
        .object({
          documentId: readableIdSchema,
          kind: z.enum(REJECTABLE_KINDS),
          start: offset,
          end: offset,
          restore: z.boolean().default(false),
        })
        .refine((x) => x.end > x.start, { message: "the span must end after it starts", path: ["end"] }),
    )
    .mutation(({ ctx, input }) => rejectProposal(ctx.db, ctx.user, input)),

  /** Creates the accepted quotations and events as anchored drafts, with any new actors: all in one transaction. */
  accept: editorProcedure
    .use(purgesChangedReads)
    .input(acceptInput)
    .mutation(({ ctx, input }) => acceptProposals(ctx.db, ctx.user, input)),
});
