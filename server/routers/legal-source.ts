import { z } from "zod";
import { getLegalSourceById, listLegalSources } from "@/db/queries/legal-sources";
import { LEGAL_SOURCE_KINDS } from "@/lib/bluebook";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";
import { plainText } from "@/lib/text-input";

export const legalSourceListInput = z.object({
  kind: z.enum(LEGAL_SOURCE_KINDS).optional(),
  text: plainText().trim().max(200, "must be at most 200 characters").optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const legalSourceRouter = createTRPCRouter({
  list: publicProcedure.input(legalSourceListInput).query(({ ctx, input }) => listLegalSources(ctx.db, input)),

  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getLegalSourceById(ctx.db, input.id), "legal source", input.id)),
});
