import { z } from "zod";
import { search } from "@/db/queries/search";
import { listSearchMisses, recordSearchMiss } from "@/db/queries/search-misses";
import { missKey } from "@/lib/search-misses";
import { SEARCH_KINDS } from "@/lib/search-query";
import { LEGAL_SOURCE_KINDS } from "@/lib/bluebook";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, editorProcedure, publicProcedure, rateLimit } from "../trpc";
import { plainText } from "@/lib/text-input";

export const searchInput = z.object({
  q: plainText().trim().min(1, "type something to search for").max(200, "must be at most 200 characters"),
  kind: z.enum(SEARCH_KINDS).optional(),
  caseSlug: slugSchema.optional(),
  sourceKind: z.enum(LEGAL_SOURCE_KINDS).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

export const searchRouter = createTRPCRouter({
  /** A handful of best matches for the header's instant suggestions. */
  suggest: publicProcedure
    .use(rateLimit("suggest"))
    .input(z.object({ q: plainText().trim().min(2, "type at least two characters").max(200) }))
    .query(async ({ ctx, input }) => {
      const { hits } = await search(ctx.db, { text: input.q, limit: 8, offset: 0 });
      return hits.map((h) => ({
        kind: h.kind,
        id: h.id,
        title: h.title,
        caseSlug: h.caseSlug,
        anchorId: h.anchorId,
        speakerId: h.speakerId,
      }));
    }),

  query: publicProcedure
    .use(rateLimit("search"))
    .input(searchInput)
    .query(async ({ ctx, input }) => {
      const result = await search(ctx.db, {
        text: input.q,
        kind: input.kind,
        caseSlug: input.caseSlug,
        sourceKind: input.sourceKind,
        limit: input.pageSize,
        offset: (input.page - 1) * input.pageSize,
      });
      // A whole search (no filter narrowing it) that found nothing, not even a near spelling: editors see these.
      const unfiltered = !input.kind && !input.caseSlug && !input.sourceKind && input.page === 1;
      const key = unfiltered && result.total === 0 ? missKey(result.query) : null;
      // Counting is a help to editors, never a reason for the reader's search to fail.
      if (key)
        await recordSearchMiss(ctx.db, key).catch((error: unknown) =>
          console.error("Could not count a search that found nothing:", error),
        );
      return result;
    }),

  /** What readers searched for and found nothing: for editors, counted, with no personal data. */
  misses: editorProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(25) }).default({ limit: 25 }))
    .query(({ ctx, input }) => listSearchMisses(ctx.db, input.limit)),
});
