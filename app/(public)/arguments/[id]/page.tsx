import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { routes } from "@/lib/routes";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArgumentView } from "@/app/_components/argument-view";
import { CiteThis } from "@/app/_components/cite-this";
import { siteOrigin } from "@/app/_components/site-origin";
import { shellParams } from "@/app/_components/static-params";
import { argumentContext, pageCitation } from "@/lib/page-citation";
import { citableVersions } from "@/app/_components/citable-versions";
import { readArgument, readArgumentVersions } from "@/server/public-reads";

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

/** The same for every reader: the site's own origin, the version on the page, and the day the argument last changed. */
async function ArgumentCitation({ a }: { a: Argument }) {
  const versions = (await readArgumentVersions(a.id)) ?? [];
  const current = versions.find((v) => v.current);
  const origin = siteOrigin();
  return (
    <CiteThis
      permalink={`${origin}${routes.argument(a.id)}`}
      versionPermalink={current && `${origin}${routes.argumentVersion(a.id, current.version)}`}
      reading={current?.version}
      citation={pageCitation({
        title: a.claim,
        context: argumentContext(a.positionTitle, a.caseTitle),
        url: current
          ? `${origin}${routes.argumentVersion(a.id, current.version)}`
          : `${origin}${routes.argument(a.id)}`,
        day: current ? current.publishedAt.toISOString().slice(0, 10) : a.updatedOn,
        ...(current ? { version: current.version } : {}),
      })}
      versions={citableVersions(a.id, versions)}
    />
  );
}
