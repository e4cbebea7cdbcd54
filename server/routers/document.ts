import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getDocumentById } from "@/db/queries/documents";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const documentRouter = createTRPCRouter({
  byId: publicProcedure.input(z.object({ id: readableIdSchema })).query(async ({ ctx, input }) => {
    const found = await getDocumentById(ctx.db, input.id);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No document with id "${input.id}".` });
    return found;
  }),
});
