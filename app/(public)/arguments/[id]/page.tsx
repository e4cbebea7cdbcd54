import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { ArgumentView } from "@/app/_components/argument-view";
import { CiteThis, CiteThisPending } from "@/app/_components/cite-this";
import { siteOrigin } from "@/app/_components/site-origin";
import { shellParams } from "@/app/_components/static-params";
import { readArgument } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
type Argument = NonNullable<Awaited<ReturnType<typeof readArgument>>>;
const getArgument = cache(async (id: string) => (await readArgument(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getArgument((await params).id);
  return { title: a.claim, description: a.explanation.slice(0, 200) };
}

export default async function ArgumentPage({ params }: Props) {
  const a = await getArgument((await params).id);
  const cite = (
    <Suspense fallback={<CiteThisPending />}>
      <ArgumentCitation a={a} />
    </Suspense>
  );
  return <ArgumentView a={a} cite={cite} />;
}

/** Per request: the permalink names the address the reader used, and the citation today's date. */
async function ArgumentCitation({ a }: { a: Argument }) {
  const permalink = `${await siteOrigin()}/arguments/${a.id}`;
  const today = new Date().toISOString().slice(0, 10);
  const citation = `“${a.claim}” Argument for the position “${a.positionTitle},” in ${a.caseTitle}. War Powers Explorer, ${permalink} (last visited ${today}).`;
  return <CiteThis permalink={permalink} citation={citation} />;
}
