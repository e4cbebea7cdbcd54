import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";

export const eventRouter = createTRPCRouter({
  /** One published event for its own page (/events/<id>). */
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).event(input.id), "event", input.id)),

  list: publicProcedure.input(z.object({ caseSlug: slugSchema })).query(async ({ ctx, input }) => {
    const events = await publishedReads(ctx).events(input.caseSlug);
    if (!events) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${input.caseSlug}".` });
    return events;
  }),
});
