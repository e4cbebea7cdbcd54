import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { citable } from "@/app/_components/citable";
import { CiteThis } from "@/app/_components/cite-this";
import { DocumentReader } from "@/app/_components/document-reader";
import { shellParams } from "@/app/_components/static-params";
import { readDocument } from "@/server/public-reads";
import { getCase } from "../data";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = () => shellParams("slug");

const getArticle = cache(async (slug: string) => {
  const found = await getCase(slug);
  if (!found.article) notFound();
  return (await readDocument(found.article.id)) ?? notFound();
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await getArticle((await params).slug);
  return {
    title: `${doc.title} · ${doc.caseTitle}`,
    description: `The article behind ${doc.caseTitle}, verbatim, with its quotes and events linked.`,
  };
}

export default async function CaseArticlePage({ params }: Props) {
  const doc = await getArticle((await params).slug);
  const cite = await citable("document", doc.id);
  return <DocumentReader doc={doc} cite={cite && <CiteThis {...cite} />} />;
}
