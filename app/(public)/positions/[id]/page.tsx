import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { routes } from "@/lib/routes";
import { CiteThis } from "@/app/_components/cite-this";
import { citable } from "@/app/_components/citable";
import { cache } from "react";
import { PositionView } from "@/app/_components/position-view";
import { notFound } from "next/navigation";
import { shellParams } from "@/app/_components/static-params";
import { readPosition } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
const getPosition = cache(async (id: string) => (await readPosition(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPosition((await params).id);
  return citableMetadata({
    path: routes.position(p.id),
    title: p.title,
    description: p.summary,
    updatedOn: p.updatedOn,
    partOf: p.caseTitle,
  });
}

export default async function PositionPage({ params }: Props) {
  const p = await getPosition((await params).id);
  const found = await citable("position", p.id);
  return <PositionView p={p} cite={found && <CiteThis {...found} />} />;
}
