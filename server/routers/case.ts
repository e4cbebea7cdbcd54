import { z } from "zod";
import { getCaseBySlug, listCases } from "@/db/queries/cases";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";

export const caseRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listCases(ctx.db)),

  bySlug: publicProcedure
    .input(z.object({ slug: slugSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getCaseBySlug(ctx.db, input.slug), "case", input.slug)),
});
