import "server-only";
import type { Metadata } from "next";
import { citationTags, shortDescription, SITE_NAME, type CitablePage } from "@/lib/page-metadata";
import { routes } from "@/lib/routes";
import { siteOrigin } from "./site-origin";

/**
 * A citable page's metadata: title and description, its canonical address, OpenGraph and
 * Twitter card data, and the Highwire and Dublin Core tags reference managers read
 * (lib/page-metadata.ts). The origin is SITE_URL, never the request's.
 */
export function citableMetadata(page: CitablePage): Metadata {
  const description = shortDescription(page.description);
  const url = `${siteOrigin()}${page.path}`;
  return {
    title: page.title,
    description,
    alternates: {
      canonical: url,
      // Feed readers find a page's feeds here; the site's own is announced on every citable page.
      types: {
        "application/atom+xml": [
          ...(page.feed ? [{ url: `${siteOrigin()}${page.feed.path}`, title: page.feed.title }] : []),
          { url: `${siteOrigin()}${routes.siteFeed()}`, title: `${SITE_NAME}: changes` },
        ],
      },
    },
    openGraph: {
      type: "article",
      title: page.title,
      description,
      url,
      siteName: SITE_NAME,
      locale: "en_US",
      modifiedTime: page.updatedOn,
      ...(page.authors?.length ? { authors: page.authors } : {}),
    },
    twitter: { card: "summary", title: page.title, description },
    other: citationTags({ ...page, description }, siteOrigin()),
  };
}
