import { z } from "zod";
import { getPositionById } from "@/db/queries/positions";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";

export const positionRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getPositionById(ctx.db, input.id), "position", input.id)),
});
