import { z } from "zod";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";

export const quoteRouter = createTRPCRouter({
  /** One published quote for its own page (/quotes/<id>): the words in their context, with what they speak of. */
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).quote(input.id), "quote", input.id)),
});
