import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { routes } from "@/lib/routes";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArgumentView } from "@/app/_components/argument-view";
import { CiteThis } from "@/app/_components/cite-this";
import { siteOrigin } from "@/app/_components/site-origin";
import { shellParams } from "@/app/_components/static-params";
import { bluebookDate } from "@/lib/bluebook";
import { readArgument } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
type Argument = NonNullable<Awaited<ReturnType<typeof readArgument>>>;
const getArgument = cache(async (id: string) => (await readArgument(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getArgument((await params).id);
  return citableMetadata({
    path: routes.argument(a.id),
    title: a.claim,
    description: a.explanation,
    updatedOn: a.updatedOn,
    partOf: a.caseTitle,
  });
}

export default async function ArgumentPage({ params }: Props) {
  const a = await getArgument((await params).id);
  return <ArgumentView a={a} cite={<ArgumentCitation a={a} />} />;
}

/** The same for every reader: the site's own origin, and the day the argument last changed. */
function ArgumentCitation({ a }: { a: Argument }) {
  const permalink = `${siteOrigin()}/arguments/${a.id}`;
  const citation = `“${a.claim}” Argument for the position “${a.positionTitle},” in ${a.caseTitle}. War Powers Explorer, ${permalink} (last updated ${bluebookDate(a.updatedOn)}).`;
  return <CiteThis permalink={permalink} citation={citation} />;
}
