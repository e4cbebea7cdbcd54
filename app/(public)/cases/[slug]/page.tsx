import type { Metadata } from "next";
import { citableMetadata } from "@/app/_components/citable-metadata";
import Link from "next/link";
import { StanceBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ClaimList } from "@/app/_components/claim-list";
import { citable } from "@/app/_components/citable";
import { CiteThis } from "@/app/_components/cite-this";
import { Downloads } from "@/app/_components/downloads";
import { EventDate } from "@/app/_components/event-date";
import { Section } from "@/app/_components/section";
import { formatDateRange } from "@/lib/dates";
import { LEGAL_FRAME_LABELS } from "@/lib/labels";
import { routes } from "@/lib/routes";
import { shellParams } from "@/app/_components/static-params";
import { Box } from "@/app/_components/ui";
import { getCase, getEvents } from "./data";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = () => shellParams("slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCase((await params).slug);
  return citableMetadata({
    path: routes.case(found.slug),
    title: found.title,
    description: found.summary,
    updatedOn: found.updatedOn,
    feed: { path: routes.caseFeed(found.slug), title: `${found.title}: changes` },
  });
}

const pill =
  "rounded-full border border-rule bg-surface px-4 py-1.5 text-sm font-medium no-underline hover:border-accent";

export default async function CasePage({ params }: Props) {
  const { slug } = await params;
  const found = await getCase(slug);
  const events = await getEvents(slug);
  const core = events.filter(
    (e) => (!found.startDate || e.date >= found.startDate) && (!found.endDate || e.date <= found.endDate),
  );
  const range = formatDateRange(found.startDate, found.endDate);
  const cite = await citable("case", found.slug);
  const positionTitle = new Map(found.positions.map((p) => [p.id, p.title]));

  return (
    <div className="space-y-14">
      <Breadcrumbs items={[{ label: found.title }]} />
      <header className="max-w-3xl space-y-4">
        {range && <p className="text-sm font-medium uppercase tracking-wide text-muted">{range}</p>}
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{found.title}</h1>
        <p className="text-lg leading-relaxed">{found.summary}</p>
        <nav aria-label="Explore this case" className="no-print flex flex-wrap gap-2 pt-2">
          {found.article && (
            <Link href={routes.caseArticle(slug)} className={pill}>
              Read the article
            </Link>
          )}
          <Link href={routes.caseTimeline(slug)} className={pill}>
            Timeline
          </Link>
          <Link href={routes.caseMap(slug)} className={pill}>
            Argument map
          </Link>
          <Link
            href={routes.caseCompare(slug, {
              positions: found.positions
                .slice(0, 2)
                .map((p) => p.id)
                .join(","),
            })}
            className={pill}
          >
            Compare positions
          </Link>
          <Link href="/sources" className={pill}>
            Legal sources
          </Link>
          {/* A feed is a file for a feed reader, not a page: a plain link, so the browser fetches it as such. */}
          <a href={routes.caseFeed(slug)} className={pill} type="application/atom+xml">
            Follow changes (Atom feed)
          </a>
        </nav>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 pt-2 text-sm text-muted">
          {(
            [
              ["positions", found.counts.positions],
              ["arguments", found.counts.arguments],
              ["legal sources cited", found.counts.legalSources],
              ["events", found.counts.events],
              ["quotes", found.counts.quotes],
            ] as const
          ).map(([label, n]) => (
            <div key={label} className="flex gap-1">
              <dt className="sr-only">{label}</dt>
              <dd>
                <span className="font-semibold text-ink">{n}</span> {label}
              </dd>
            </div>
          ))}
        </dl>
      </header>

      <Section
        id="positions"
        title="Positions at a glance"
        description="Who holds what, and the arguments each side leads with."
      >
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {found.positions.map((p) => (
            <Box as="li" key={p.id} pad="lg" className="flex flex-col shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StanceBadge stance={p.stance} />
                <span className="text-xs text-muted">{LEGAL_FRAME_LABELS[p.legalFrame]}</span>
              </div>
              <h3 className="mt-3 font-serif text-lg font-semibold leading-snug">
                <Link href={routes.position(p.id)} className="text-ink hover:text-accent">
                  {p.title}
                </Link>
              </h3>
              {p.holders.length > 0 && (
                <p className="mt-2 text-sm text-muted">
                  Held by{" "}
                  {p.holders.map((h, i) => (
                    <span key={h.id}>
                      {i > 0 && (i === p.holders.length - 1 ? " and " : ", ")}
                      <Link
                        href={routes.actor(h.id)}
                        className="text-muted underline decoration-rule hover:text-accent"
                      >
                        {h.name}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              <ol className="mt-4 space-y-2 border-t border-rule pt-3 text-sm">
                {p.arguments.slice(0, 3).map((a) => (
                  <li key={a.id} className="leading-snug">
                    <Link href={routes.argument(a.id)} className="text-ink hover:text-accent">
                      {a.claim}
                    </Link>
                  </li>
                ))}
              </ol>
              <p className="mt-auto pt-4 text-sm">
                <Link href={routes.position(p.id)}>
                  All {p.arguments.length} argument{p.arguments.length === 1 ? "" : "s"}
                  <span className="sr-only"> for “{p.title}”</span> →
                </Link>
              </p>
            </Box>
          ))}
        </ul>
      </Section>

      <Section
        id="clashes"
        title="Where they disagree"
        description="Neutral questions, with the arguments given on each side."
      >
        <ol className="space-y-6">
          {found.clashes.map((c) => (
            <Box as="li" key={c.id} id={c.id} pad="lg">
              <h3 className="font-serif text-lg font-semibold leading-snug">{c.question}</h3>
              <div className="mt-4 grid gap-4 md:grid-cols-2">
                {c.sides.map((side) => (
                  <div key={side.id} className="rounded-md bg-paper p-4">
                    <h4 className="font-semibold">{side.label}</h4>
                    {side.positions.length > 0 && (
                      <p className="mt-1 text-xs text-muted">
                        {side.positions.map((p) => positionTitle.get(p.id) ?? p.title).join(" · ")}
                      </p>
                    )}
                    <ClaimList items={side.arguments} className="mt-3 list-disc space-y-1.5 pl-5 text-sm" />
                  </div>
                ))}
              </div>
            </Box>
          ))}
        </ol>
      </Section>

      <Section
        id="timeline"
        title="What happened"
        description={`The core of the episode${range ? `, ${range}` : ""}. The full timeline has ${events.length} events and the War Powers clocks.`}
      >
        <ol className="relative space-y-4 border-l-2 border-rule pl-6">
          {core.map((e) => (
            <li key={e.id} className="relative">
              <span
                aria-hidden="true"
                className="absolute -left-[1.95rem] top-1.5 h-3 w-3 rounded-full border-2 border-accent bg-surface"
              />
              <p className="text-sm text-muted">
                <EventDate date={e.date} endDate={e.endDate} precision={e.datePrecision} />
              </p>
              <p className="font-medium">
                <Link href={routes.caseTimeline(slug, e.id)} className="text-ink hover:text-accent">
                  {e.title}
                </Link>
              </p>
            </li>
          ))}
        </ol>
        <p>
          <Link href={routes.caseTimeline(slug)}>The full timeline, with War Powers clocks →</Link>
        </p>
      </Section>

      <Downloads
        title="Data for researchers"
        items={[
          {
            href: `/api/export/cases/${slug}/json`,
            label: "Whole case (JSON)",
            hint: "Versioned format war-powers-explorer/1, every published row",
          },
          {
            href: `/api/export/cases/${slug}/arguments.csv`,
            label: "Arguments (CSV)",
            hint: "With positions, sources and pinpoints, events",
          },
          {
            href: `/api/export/cases/${slug}/sources.csv`,
            label: "Legal sources (CSV)",
            hint: "Bluebook citations, dates, official links",
          },
          {
            href: `/api/export/cases/${slug}/key-passages.csv`,
            label: "Key passages (CSV)",
            hint: "The sources' own words, with pinpoint citations",
          },
          {
            href: `/api/export/cases/${slug}/events.csv`,
            label: "Events (CSV)",
            hint: "Dates with precision and time-zone notes",
          },
          {
            href: `/api/export/cases/${slug}/quotes.csv`,
            label: "Quotes (CSV)",
            hint: "Speakers, dates, positions in the article",
          },
          { href: `/api/export/cases/${slug}/aif`, label: "Argument graph (AIF JSON)", hint: "For AIFdb and OVA" },
          {
            href: `/api/export/cases/${slug}/argdown`,
            label: "Argument graph (Argdown)",
            hint: "Statements, arguments, support and attack",
          },
          {
            href: `/api/export/cases/${slug}/annotations`,
            label: "Anchors (Web Annotation JSON-LD)",
            hint: "Quote and position selectors into the article",
          },
          {
            href: `/api/export/cases/${slug}/csl`,
            label: "Legal sources (CSL-JSON)",
            hint: "For Zotero and other citation managers",
          },
        ]}
      />

      {found.prompts.length > 0 && (
        <Section id="prompts" title="Questions for discussion">
          <ol className="list-decimal space-y-3 pl-6 marker:text-muted">
            {found.prompts.map((p) => (
              <li key={p.id} className="pl-1 leading-relaxed">
                {p.prompt}
              </li>
            ))}
          </ol>
        </Section>
      )}

      {cite && (
        <div className="max-w-xl">
          <CiteThis {...cite} />
        </div>
      )}
    </div>
  );
}
