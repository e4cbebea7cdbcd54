import { z } from "zod";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, foundOr404, publicProcedure, publishedReads } from "../trpc";

export const argumentRouter = createTRPCRouter({
  byId: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) => foundOr404(await publishedReads(ctx).argument(input.id), "argument", input.id)),

  /** The versions readers could have read, oldest first, each with its own permalink (/arguments/<id>/v/<n>). */
  versions: publicProcedure
    .input(z.object({ id: readableIdSchema }))
    .query(async ({ ctx, input }) =>
      foundOr404(await publishedReads(ctx).argumentVersions(input.id), "argument", input.id),
    ),

  /** One published version, as it was published, with the current version's number. */
  version: publicProcedure
    .input(z.object({ id: readableIdSchema, version: z.number().int().min(1).max(1_000_000) }))
    .query(async ({ ctx, input }) =>
      foundOr404(
        await publishedReads(ctx).argumentVersion(input.id, input.version),
        "argument version",
        `${input.id} v${input.version}`,
      ),
    ),
});
