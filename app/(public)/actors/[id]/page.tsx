import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { EventKindBadge, KindBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { EventDate } from "@/app/_components/event-date";
import { Section } from "@/app/_components/section";
import { notFound } from "next/navigation";
import { shellParams } from "@/app/_components/static-params";
import { Box } from "@/app/_components/ui";
import { readActor } from "@/server/public-reads";
import { formatPartialDate } from "@/lib/dates";
import { ACTOR_KIND_LABELS } from "@/lib/labels";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ id: string }> };
const getActor = cache(async (id: string) => (await readActor(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await getActor((await params).id);
  return { title: a.name, description: (a.summary ?? a.role ?? `${a.name} in War Powers Explorer`).slice(0, 200) };
}

const ROLE = { author: "Author", addressee: "Addressee", sponsor: "Sponsor" } as const;

export default async function ActorPage({ params }: Props) {
  const a = await getActor((await params).id);
  return (
    <article className="space-y-12">
      <Breadcrumbs items={[{ label: a.name }]} />
      <header className="max-w-3xl space-y-3">
        <KindBadge label={ACTOR_KIND_LABELS[a.kind]} />
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{a.name}</h1>
        {(a.role || a.affiliation) && (
          <p className="text-lg text-muted">{[a.role, a.affiliation].filter(Boolean).join(" · ")}</p>
        )}
        {a.summary && <p className="text-lg leading-relaxed">{a.summary}</p>}
        {a.aliases.length > 0 && <p className="text-sm text-muted">Also written: {a.aliases.join(", ")}</p>}
      </header>

      <div className="grid gap-12 lg:grid-cols-2">
        <Section id="said" title="What they said">
          {a.quotes.length === 0 ? (
            <p className="text-muted">No quotation is recorded.</p>
          ) : (
            <ul className="space-y-4">
              {a.quotes.map((q) => (
                <Box as="li" key={q.id}>
                  <blockquote className="font-serif text-lg leading-relaxed">
                    {q.fragment ? "…" : "“"}
                    {q.text}
                    {q.fragment ? "…" : "”"}
                  </blockquote>
                  <p className="mt-2 text-sm text-muted">
                    {q.date && `${q.dateApproximate ? "About " : ""}${formatPartialDate(q.date, q.datePrecision)}`}
                    {q.anchorId && (
                      <>
                        {" · "}
                        <Link href={routes.caseArticle(q.caseSlug, q.anchorId)}>In the article</Link>
                      </>
                    )}
                    {" · "}
                    <Link href={routes.quote(q.id)}>Cite this quote</Link>
                  </p>
                </Box>
              ))}
            </ul>
          )}
        </Section>

        <div className="space-y-12">
          <Section id="positions" title="Positions">
            {a.positions.length === 0 ? (
              <p className="text-muted">Holds no position in a case here.</p>
            ) : (
              <ul className="space-y-2">
                {a.positions.map((p) => (
                  <li key={`${p.id}-${p.role}`}>
                    <Link href={routes.position(p.id)} className="font-medium">
                      {p.title}
                    </Link>
                    <p className="text-sm text-muted">
                      {p.role === "holder" ? "Holds it" : "Discusses it"} · {p.caseTitle}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {a.arguments.length > 0 && (
            <Section id="arguments" title="Arguments they made">
              <ul className="list-disc space-y-1 pl-5">
                {a.arguments.map((arg) => (
                  <li key={arg.id}>
                    <Link href={routes.argument(arg.id)}>{arg.claim}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {a.events.length > 0 && (
            <Section id="events" title="Events">
              <ul className="space-y-3">
                {a.events.map((e) => (
                  <li key={e.id}>
                    <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                      <EventDate date={e.date} precision={e.datePrecision} />
                      <EventKindBadge kind={e.kind} />
                    </p>
                    <Link href={routes.event(e.id)}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          {a.legalSources.length > 0 && (
            <Section id="sources" title="Legal sources">
              <ul className="space-y-2">
                {a.legalSources.map((s) => (
                  <li key={`${s.id}-${s.role}`}>
                    <Link href={routes.source(s.id)} className="font-medium">
                      {s.shortTitle}
                    </Link>
                    <p className="text-sm text-muted">
                      {ROLE[s.role]} · <span className="font-serif">{s.citation}</span>
                    </p>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>
      </div>
    </article>
  );
}
