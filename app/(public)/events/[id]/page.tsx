import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventKindBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { citable } from "@/app/_components/citable";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { CiteThis } from "@/app/_components/cite-this";
import { ClaimList } from "@/app/_components/claim-list";
import { EventDate } from "@/app/_components/event-date";
import { Section } from "@/app/_components/section";
import { shellParams } from "@/app/_components/static-params";
import { Box } from "@/app/_components/ui";
import { formatPartialDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { readEvent } from "@/server/public-reads";

type Props = { params: Promise<{ id: string }> };
const getEvent = cache(async (id: string) => (await readEvent(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await getEvent((await params).id);
  return citableMetadata({
    path: routes.event(e.id),
    title: e.title,
    description: e.summary,
    updatedOn: e.updatedOn,
    partOf: e.caseTitle,
  });
}

/** One event: when and where, who took part, where the record mentions it, what was said of it, and the arguments resting on it. */
export default async function EventPage({ params }: Props) {
  const e = await getEvent((await params).id);
  const cite = await citable("event", e.id);
  return (
    <article className="space-y-10">
      <Breadcrumbs
        items={[
          { label: e.caseTitle, href: routes.case(e.caseSlug) },
          { label: "Timeline", href: routes.caseTimeline(e.caseSlug, e.id) },
          { label: e.title },
        ]}
      />
      <header className="max-w-3xl space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span className="font-medium text-ink">
            <EventDate date={e.date} endDate={e.endDate} precision={e.datePrecision} />
          </span>
          <EventKindBadge kind={e.kind} />
          {e.place && <span>{e.place}</span>}
        </div>
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{e.title}</h1>
        <p className="text-lg leading-relaxed">{e.summary}</p>
        {e.timeZoneNote && <p className="text-sm text-muted">Time zones: {e.timeZoneNote}</p>}
        {e.dateNote && <p className="text-sm text-muted">Date: {e.dateNote}</p>}
        {e.unconfirmedDetails.length > 0 && (
          <p className="text-sm text-muted">
            Not confirmed by the record: {e.unconfirmedDetails.map((d) => d.replace(/\.$/, "")).join("; ")}.
          </p>
        )}
        <p className="text-sm">
          <Link href={routes.caseTimeline(e.caseSlug, e.id)}>See it on the timeline, with the War Powers clocks →</Link>
        </p>
      </header>

      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-10">
          {(e.anchors.length > 0 || e.articleNote) && (
            <Section id="record" title="In the record">
              <ul className="space-y-3">
                {e.anchors.map((a) => (
                  <li key={a.id}>
                    <Box as="blockquote" className="font-serif leading-relaxed">
                      “{a.exact}”
                    </Box>
                    <p className="mt-1 text-sm">
                      <Link href={routes.caseArticle(e.caseSlug, a.id)}>Read it in the article →</Link>
                    </p>
                  </li>
                ))}
              </ul>
              {!e.inArticle && e.articleNote && <p className="text-sm text-muted">{e.articleNote}</p>}
            </Section>
          )}
          {e.quotes.length > 0 && (
            <Section id="quotes" title="What was said about it">
              <ul className="space-y-4">
                {e.quotes.map((q) => (
                  <li key={q.id} className="space-y-1">
                    <p className="font-serif text-lg leading-relaxed">
                      <Link href={routes.quote(q.id)} className="text-ink hover:text-accent">
                        “{q.text}”
                      </Link>
                    </p>
                    <p className="text-sm text-muted">
                      —{" "}
                      <Link href={routes.actor(q.speaker.id)} className="font-medium">
                        {q.speaker.name}
                      </Link>
                      {q.date && `, ${q.dateApproximate ? "about " : ""}${formatPartialDate(q.date, q.datePrecision)}`}
                    </p>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {e.arguments.length > 0 && (
            <Section
              id="arguments"
              title="Arguments that rest on it"
              description={`${e.arguments.length} argument${e.arguments.length === 1 ? "" : "s"} of the case draw on this event.`}
            >
              <ClaimList items={e.arguments} />
            </Section>
          )}
        </div>
        <aside className="space-y-8">
          {e.actors.length > 0 && (
            <Section id="actors" title="Who took part">
              <ul className="space-y-1">
                {e.actors.map((a) => (
                  <li key={a.id}>
                    <Link href={routes.actor(a.id)}>{a.name}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {e.legalSources.length > 0 && (
            <Section id="law" title="The law involved">
              <ul className="space-y-2">
                {e.legalSources.map((s) => (
                  <li key={s.id}>
                    <Link href={routes.source(s.id)} className="font-medium">
                      {s.shortTitle}
                    </Link>
                    <p className="font-serif text-sm text-muted">{s.citation}</p>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {cite && <CiteThis {...cite} />}
        </aside>
      </div>
    </article>
  );
}
