import { z } from "zod";
import { getCaseExportData, getSourceCitationParts } from "@/db/queries/export";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, rateLimit } from "../trpc";

export const exportRouter = createTRPCRouter({
  /** Every published row of a case, the input of every export format. */
  caseData: publicProcedure
    .use(rateLimit("export"))
    .input(z.object({ slug: slugSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getCaseExportData(ctx.db, input.slug), "case", input.slug)),

  /** The structured citations of visible sources (for CSL-JSON). */
  sourceParts: publicProcedure
    .use(rateLimit("export"))
    .input(z.object({ ids: z.array(readableIdSchema).min(1).max(500) }))
    .query(({ ctx, input }) => getSourceCitationParts(ctx.db, input.ids)),
});
