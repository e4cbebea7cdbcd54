import { listSitemapItems } from "@/db/queries/sitemap";
import { createTRPCRouter, publicProcedure, rateLimit } from "../trpc";

export const siteRouter = createTRPCRouter({
  /**
   * Every published item with a page of its own, for sitemap.xml: read when asked, so a page
   * is listed the moment it is published and gone the moment it is withdrawn. A whole list,
   * so it counts as a download.
   */
  sitemap: publicProcedure.use(rateLimit("export")).query(({ ctx }) => listSitemapItems(ctx.db)),
});
