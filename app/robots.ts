import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteOrigin } from "./_components/site-origin";

/**
 * Crawlers may read the published pages; the admin, lessons (a class's own), search results
 * (endless and thin), the API and the citation files are not for indexing. Built per request, so that SITE_URL is
 * the running server's, not the build machine's.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/lesson/", "/search", "/api/", "/cite/"] },
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
