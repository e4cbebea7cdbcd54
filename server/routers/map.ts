import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { findCaseIdBySlug } from "@/db/queries/cases";
import { getCaseGraph } from "@/db/queries/map";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { filterGraph } from "@/lib/map-graph";
import { layoutGraph } from "@/lib/map-layout";
import { createTRPCRouter, publicProcedure, rateLimit } from "../trpc";

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
      const caseId = await findCaseIdBySlug(ctx.db, input.caseSlug);
      if (!caseId) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${input.caseSlug}".` });
      const full = await getCaseGraph(ctx.db, caseId);
      const { nodes, edges, total, trimmed } = filterGraph(full, input);
      return { nodes: layoutGraph(nodes, edges), edges, total, trimmed };
    }),
});
