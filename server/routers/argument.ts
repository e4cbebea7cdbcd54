import { z } from "zod";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";

export const argumentRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).argument(input.id), "argument", input.id)),
});
