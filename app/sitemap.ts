import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { api } from "@/app/_trpc/server";
import { routes } from "@/lib/routes";
import { siteOrigin } from "./_components/site-origin";

type Item = Awaited<ReturnType<typeof api.site.sitemap>>[number];

const PAGE: Record<Item["kind"], (id: string) => string> = {
  case: routes.case,
  position: routes.position,
  argument: routes.argument,
  source: routes.source,
  actor: routes.actor,
  document: routes.document,
  event: routes.event,
  quote: routes.quote,
};

/**
 * Every published page, read when asked (never at build time, and never a draft): the home
 * page and the list of legal sources, each case with its article, timeline and map, and every
 * position, argument, legal source, actor, document, event and quote.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const origin = siteOrigin();
  const items = await api.site.sitemap();
  const newest = items.reduce((d, i) => (i.updatedAt > d ? i.updatedAt : d), new Date(0));
  const entry = (path: string, lastModified: Date) => ({ url: `${origin}${path}`, lastModified });
  return [
    entry("/", newest),
    entry(routes.sources(), newest),
    entry(routes.developers(), newest),
    ...items.flatMap((i) =>
      i.kind === "case"
        ? [
            entry(routes.case(i.id), i.updatedAt),
            entry(routes.caseArticle(i.id), i.updatedAt),
            entry(routes.caseTimeline(i.id), i.updatedAt),
            entry(routes.caseMap(i.id), i.updatedAt),
          ]
        : [entry(PAGE[i.kind](i.id), i.updatedAt)],
    ),
  ];
}
