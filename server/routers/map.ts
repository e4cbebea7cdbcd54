import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure, publishedReads, rateLimit } from "../trpc";

export const mapRouter = createTRPCRouter({
  /** The case's argument graph, filtered and laid out on the server; at most 500 nodes, with a flag when trimmed. */
  graph: publicProcedure
    .use(rateLimit("map"))
    .input(
      z.object({
        caseSlug: slugSchema,
        position: readableIdSchema.optional(),
        source: readableIdSchema.optional(),
        event: readableIdSchema.optional(),
        relation: z.enum(["supports", "rebuts", "undercuts", "qualifies"]).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      // Counted against the map limit first (above); the laid-out graph for this filter is cached.
      const { caseSlug, ...filter } = input;
      const graph = await publishedReads(ctx).mapGraph(caseSlug, filter);
      if (!graph) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${caseSlug}".` });
      return graph;
    }),
  /** One argument's neighbourhood on the map, laid out on the server. */
  focus: publicProcedure
    .use(rateLimit("map"))
    .input(z.object({ caseSlug: slugSchema, argumentId: readableIdSchema }))
    .query(async ({ ctx, input }) => {
      const focus = await publishedReads(ctx).mapFocus(input.caseSlug, input.argumentId);
      if (!focus)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `No published argument "${input.argumentId}" in the case "${input.caseSlug}".`,
        });
      return focus;
    }),
});
