import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getCaseBySlug, listCases } from "@/db/queries/cases";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const caseRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listCases(ctx.db)),

  bySlug: publicProcedure.input(z.object({ slug: slugSchema })).query(async ({ ctx, input }) => {
    const found = await getCaseBySlug(ctx.db, input.slug);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${input.slug}".` });
    return found;
  }),
});
