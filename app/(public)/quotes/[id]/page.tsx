import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { citable } from "@/app/_components/citable";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { CiteThis } from "@/app/_components/cite-this";
import { ClaimList } from "@/app/_components/claim-list";
import { EventList } from "@/app/_components/event-list";
import { QuoteInContext } from "@/app/_components/quote-in-context";
import { Section } from "@/app/_components/section";
import { shellParams } from "@/app/_components/static-params";
import { Detail, DetailList } from "@/app/_components/ui";
import { quoteTitle } from "@/lib/page-citation";
import { routes } from "@/lib/routes";
import { readQuote } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
const getQuote = cache(async (id: string) => (await readQuote(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await getQuote((await params).id);
  return citableMetadata({
    path: routes.quote(q.id),
    title: quoteTitle(q.speaker.name, q.text),
    description: `“${q.text}” (${q.speaker.name}), verbatim, in ${q.caseTitle}.`,
    updatedOn: q.updatedOn,
    partOf: q.caseTitle,
  });
}

/** One quote: the exact words in their place in the record, who said them, what they speak of, and the arguments they voice. */
export default async function QuotePage({ params }: Props) {
  const q = await getQuote((await params).id);
  const cite = await citable("quote", q.id);
  return (
    <article className="space-y-10">
      <Breadcrumbs
        items={[
          { label: q.caseTitle, href: routes.case(q.caseSlug) },
          ...(q.document ? [{ label: "Article", href: routes.caseArticle(q.caseSlug, q.anchor?.id) }] : []),
          { label: `Quote of ${q.speaker.name}` },
        ]}
      />
      <header className="max-w-3xl space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Quote</p>
        <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">
          {quoteTitle(q.speaker.name, q.text)}
        </h1>
        <p className="text-muted">
          <Link href={routes.actor(q.speaker.id)} className="font-medium">
            {q.speaker.name}
          </Link>
          {q.speaker.role && `, ${q.speaker.role}`}
        </p>
      </header>

      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-10">
          <QuoteInContext quote={q} caseSlug={q.caseSlug} ownPage />
          <DetailList>
            {q.document && (
              <Detail term="Where it stands">
                <Link href={routes.caseArticle(q.caseSlug, q.anchor?.id)}>{q.document.title}</Link>
                {q.document.publisher && <span className="text-muted"> ({q.document.publisher})</span>}
              </Detail>
            )}
            {q.dateNote && <Detail term="Date">{q.dateNote}</Detail>}
            {q.attributionNote && <Detail term="Attribution">{q.attributionNote}</Detail>}
            {q.fragment && <Detail term="Extent">Part of a sentence, not the whole of it.</Detail>}
          </DetailList>
          {q.events.length > 0 && (
            <Section id="events" title="What it speaks of">
              <EventList events={q.events} />
            </Section>
          )}
          {q.arguments.length > 0 && (
            <Section id="arguments" title="Arguments it voices">
              <ClaimList items={q.arguments} />
            </Section>
          )}
        </div>
        <aside className="space-y-8">{cite && <CiteThis {...cite} />}</aside>
      </div>
    </article>
  );
}
