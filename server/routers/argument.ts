import { z } from "zod";
import { getArgumentById } from "@/db/queries/arguments";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";

export const argumentRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getArgumentById(ctx.db, input.id), "argument", input.id)),
});
