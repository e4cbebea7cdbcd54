import { z } from "zod";
import { listFeedEntries } from "@/db/queries/feed";
import { listSitemapItems } from "@/db/queries/sitemap";
import { NotFoundError } from "@/lib/errors";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure, rateLimit } from "../trpc";

export const siteRouter = createTRPCRouter({
  /**
   * Every published item with a page of its own, for sitemap.xml: read when asked, so a page
   * is listed the moment it is published and gone the moment it is withdrawn. A whole list,
   * so it counts as a download.
   */
  sitemap: publicProcedure.use(rateLimit("export")).query(({ ctx }) => listSitemapItems(ctx.db)),

  /**
   * The latest published changes to one case (what its pages show: the case, its positions,
   * arguments and documents, and the legal sources they cite), or to every case: the Atom
   * feeds. Read when asked, by the pages' own visibility rule.
   */
  feed: publicProcedure
    .use(rateLimit("export"))
    .input(z.object({ caseSlug: slugSchema.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const { entries, found } = await listFeedEntries(ctx.db, { caseSlug: input.caseSlug ?? null, limit: 100 });
      if (input.caseSlug && !found) throw new NotFoundError(`No case "${input.caseSlug}".`);
      return entries;
    }),
});
