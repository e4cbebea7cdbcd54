import { z } from "zod";
import { getDocumentById } from "@/db/queries/documents";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure } from "../trpc";

export const documentRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await getDocumentById(ctx.db, input.id), "document", input.id)),
});
