import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { routes } from "@/lib/routes";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArgumentView } from "@/app/_components/argument-view";
import { CiteThis } from "@/app/_components/cite-this";
import { shellParams } from "@/app/_components/static-params";
import { citable } from "@/app/_components/citable";
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

/** The same for every reader: the site's own origin, the version on the page, and the day it was published. */
async function ArgumentCitation({ a }: { a: Argument }) {
  const found = await citable("argument", a.id);
  return found ? <CiteThis {...found} /> : null;
}
