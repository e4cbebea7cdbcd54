import type { Metadata } from "next";
import { cache } from "react";
import { ArgumentView } from "@/app/_components/argument-view";
import { siteOrigin } from "@/app/_components/site-origin";
import { api, orNotFound } from "@/app/_trpc/server";

type Props = { params: Promise<{ id: string }> };
const getArgument = cache((id: string) => orNotFound(api.argument.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getArgument((await params).id);
  return { title: a.claim, description: a.explanation.slice(0, 200) };
}

export default async function ArgumentPage({ params }: Props) {
  const a = await getArgument((await params).id);
  const permalink = `${await siteOrigin()}/arguments/${a.id}`;
  const today = new Date().toISOString().slice(0, 10);
  const citation = `“${a.claim}” Argument for the position “${a.positionTitle},” in ${a.caseTitle}. War Powers Explorer, ${permalink} (last visited ${today}).`;
  return <ArgumentView a={a} permalink={permalink} citation={citation} />;
}
