import { z } from "zod";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";

export const caseRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => publishedReads(ctx).caseList()),

  bySlug: publicProcedure
    .input(z.object({ slug: slugSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).case(input.slug), "case", input.slug)),
});
