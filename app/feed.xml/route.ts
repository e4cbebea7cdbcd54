import { siteOrigin } from "@/app/_components/site-origin";
import { api } from "@/app/_trpc/server";
import { atomFeed } from "@/lib/atom";
import { routes } from "@/lib/routes";
import { exportError } from "@/server/export-response";
import { feedResponse } from "@/server/feed-response";

/** Every case's published changes as Atom: /feed.xml, linked from every page's head. */
export async function GET(req: Request) {
  try {
    const xml = atomFeed({
      origin: siteOrigin(),
      selfPath: routes.siteFeed(),
      pagePath: "/",
      title: "War Powers Explorer: changes",
      subtitle: "Cases, arguments, positions, documents and legal sources, as they are published and revised.",
      fallbackUpdated: new Date(0),
      entries: await api.site.feed({}),
    });
    return feedResponse(req, xml);
  } catch (error) {
    return exportError(error);
  }
}
