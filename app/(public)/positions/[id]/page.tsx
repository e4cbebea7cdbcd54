import type { Metadata } from "next";
import { cache } from "react";
import { PositionView } from "@/app/_components/position-view";
import { api, orNotFound } from "@/app/_trpc/server";

type Props = { params: Promise<{ id: string }> };
const getPosition = cache((id: string) => orNotFound(api.position.byId({ id })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPosition((await params).id);
  return { title: p.title, description: p.summary.slice(0, 200) };
}

export default async function PositionPage({ params }: Props) {
  return <PositionView p={await getPosition((await params).id)} />;
}
