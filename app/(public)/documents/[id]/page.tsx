import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { routes } from "@/lib/routes";
import { cache } from "react";
import { citable } from "@/app/_components/citable";
import { CiteThis } from "@/app/_components/cite-this";
import { DocumentReader } from "@/app/_components/document-reader";
import { notFound } from "next/navigation";
import { shellParams } from "@/app/_components/static-params";
import { readDocument } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
const getDocument = cache(async (id: string) => (await readDocument(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getDocument((await params).id);
  return citableMetadata({
    path: routes.document(doc.id),
    title: doc.title,
    description: `${doc.title}${doc.publisher ? ` (${doc.publisher})` : ""}, verbatim, with its quotes and events linked.`,
    updatedOn: doc.updatedOn,
    partOf: doc.caseTitle,
  });
}

export default async function DocumentPage({ params }: Props) {
  const doc = await getDocument((await params).id);
  const cite = await citable("document", doc.id);
  return <DocumentReader doc={doc} cite={cite && <CiteThis {...cite} />} />;
}
