import { siteOrigin } from "@/app/_components/site-origin";
import { api } from "@/app/_trpc/server";
import { atomFeed } from "@/lib/atom";
import { routes } from "@/lib/routes";
import { exportError } from "@/server/export-response";
import { feedResponse } from "@/server/feed-response";

/** A case's published changes as Atom: /cases/<slug>/feed.xml, linked from the case page. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const [found, entries] = await Promise.all([api.case.bySlug({ slug }), api.site.feed({ caseSlug: slug })]);
    const xml = atomFeed({
      origin: siteOrigin(),
      selfPath: routes.caseFeed(slug),
      pagePath: routes.case(slug),
      title: `${found.title}: changes · War Powers Explorer`,
      subtitle: `Arguments, positions, documents and legal sources of this case, as they are published and revised.`,
      fallbackUpdated: new Date(`${found.updatedOn}T00:00:00Z`),
      entries,
    });
    return feedResponse(req, xml);
  } catch (error) {
    return exportError(error);
  }
}
