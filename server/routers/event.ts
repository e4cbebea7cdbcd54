import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure, publishedReads } from "../trpc";

export const eventRouter = createTRPCRouter({
  list: publicProcedure.input(z.object({ caseSlug: slugSchema })).query(async ({ ctx, input }) => {
    const events = await publishedReads(ctx).events(input.caseSlug);
    if (!events) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${input.caseSlug}".` });
    return events;
  }),
});
