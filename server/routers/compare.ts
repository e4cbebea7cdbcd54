import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildComparison, forDisplay } from "@/lib/compare";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure, publishedReads } from "../trpc";

export const compareInput = z.object({
  caseSlug: slugSchema,
  positionIds: z
    .array(readableIdSchema)
    .min(2, "choose at least two positions")
    .max(4, "choose at most four positions")
    .refine((ids) => new Set(ids).size === ids.length, "lists a position twice"),
  order: z.number().int().min(0).max(1_000_000).default(0),
  blind: z.boolean().default(false),
});

export const compareRouter = createTRPCRouter({
  /** The comparison as the page shows it; in blind mode without holders, titles or speakers. */
  positions: publicProcedure.input(compareInput).query(async ({ ctx, input }) => {
    const data = await publishedReads(ctx).comparisonInput(input.caseSlug, input.positionIds);
    if (!data) throw new TRPCError({ code: "NOT_FOUND", message: "No such case, or a position is not part of it." });
    return {
      case: data.case,
      allPositions: input.blind ? [] : data.allPositions,
      comparison: forDisplay(buildComparison(data.input, input)),
    };
  }),
});
