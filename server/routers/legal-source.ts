import { z } from "zod";
import { listLegalSources } from "@/db/queries/legal-sources";
import { LEGAL_SOURCE_KINDS } from "@/lib/bluebook";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";
import { plainText } from "@/lib/text-input";

export const legalSourceListInput = z.object({
  kind: z.enum(LEGAL_SOURCE_KINDS).optional(),
  text: plainText().trim().max(200, "must be at most 200 characters").optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const legalSourceRouter = createTRPCRouter({
  /** Without a text filter, a page of the list is the same for everyone (cached); a text search is read per call. */
  list: publicProcedure
    .input(legalSourceListInput)
    .query(({ ctx, input }) =>
      input.text
        ? listLegalSources(ctx.db, input)
        : publishedReads(ctx).sourceList({ kind: input.kind, limit: input.limit, offset: input.offset }),
    ),

  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).source(input.id), "legal source", input.id)),
});
