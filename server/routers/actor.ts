import { z } from "zod";
import { getActorById } from "@/db/queries/actors";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";

export const actorRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getActorById(ctx.db, input.id), "actor", input.id)),
});
