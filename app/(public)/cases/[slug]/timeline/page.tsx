import type { Metadata } from "next";
import Link from "next/link";
import { EventKindBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ClaimList } from "@/app/_components/claim-list";
import { EventDate } from "@/app/_components/event-date";
import { Section } from "@/app/_components/section";
import { shellParams } from "@/app/_components/static-params";
import { Badge, Box, Detail, DetailList, type BadgeTone } from "@/app/_components/ui";
import { today as currentDay } from "@/server/public-reads";
import { formatPartialDate } from "@/lib/dates";
import { warPowersClocks, type ReportStatus } from "@/lib/war-powers-clock";
import { routes } from "@/lib/routes";
import { getCase, getEvents } from "../data";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = () => shellParams("slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCase((await params).slug);
  return {
    title: `Timeline · ${found.title}`,
    description: `Events in order, with War Powers Resolution clocks, for ${found.title}.`,
  };
}

const STATUS: Record<ReportStatus, { label: string; tone: BadgeTone }> = {
  met: { label: "Report within 48 hours", tone: "success" },
  late: { label: "Report after 48 hours", tone: "danger" },
  none_recorded: { label: "No report recorded here", tone: "neutral" },
  pending: { label: "Report due", tone: "warning" },
  imprecise: { label: "Date too imprecise to count", tone: "neutral" },
};

export default async function TimelinePage({ params }: Props) {
  const { slug } = await params;
  const found = await getCase(slug);
  const events = await getEvents(slug);
  const today = await currentDay();
  const clocks = warPowersClocks(
    events.map((e) => ({ ...e, legalSourceIds: e.legalSources.map((s) => s.id) })),
    today,
  );

  return (
    <div className="space-y-12">
      <Breadcrumbs items={[{ label: found.title, href: routes.case(slug) }, { label: "Timeline" }]} />
      <header className="max-w-3xl space-y-3">
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Timeline</h1>
        <p className="text-lg text-muted">
          {events.length} events, from the background to the strike through the fight over repeal. Dates are as precise
          as the record allows; where the local date differed from Washington’s, the event says so.
        </p>
      </header>

      {clocks.length > 0 && (
        <Section
          id="clocks"
          title="War Powers clocks"
          description={
            <>
              For each use of force: the written report due within 48 hours (
              <Link href="/sources/wpr-1543a">50 U.S.C. § 1543(a)</Link>) and the 60-day limit, with 30 more days to
              withdraw (<Link href="/sources/wpr-1544b">§ 1544(b)</Link>), counted from the report or its deadline,
              whichever is earlier. Counted in whole days.
            </>
          }
        >
          <ul className="grid gap-4 md:grid-cols-2">
            {clocks.map((c) => (
              <Box as="li" key={c.useOfForce.id} pad="lg">
                <p className="text-sm text-muted">{formatPartialDate(c.useOfForce.date)}</p>
                <h3 className="font-semibold">
                  <a href={`#${c.useOfForce.id}`}>{c.useOfForce.title}</a>
                </h3>
                <p className="mt-3">
                  <Badge tone={STATUS[c.reportStatus].tone}>{STATUS[c.reportStatus].label}</Badge>
                </p>
                <DetailList layout="columns" className="mt-3 text-sm">
                  <Detail term="48-hour report due">
                    {c.reportDeadline && <>by the end of {formatPartialDate(c.reportDeadline)}</>}
                  </Detail>
                  <Detail term="Report">
                    {c.report ? (
                      <a href={`#${c.report.id}`}>
                        {c.report.title}, {formatPartialDate(c.report.date)}
                      </a>
                    ) : (
                      "none in this timeline"
                    )}
                  </Detail>
                  <Detail term="60-day limit">
                    {c.sixtyDayLimit && c.ninetyDayLimit && formatPartialDate(c.sixtyDayLimit)}
                  </Detail>
                  <Detail term="With 30-day extension">
                    {c.sixtyDayLimit && c.ninetyDayLimit && formatPartialDate(c.ninetyDayLimit)}
                  </Detail>
                </DetailList>
              </Box>
            ))}
          </ul>
        </Section>
      )}

      <Section id="events" title="Events">
        <ol className="relative space-y-8 border-l-2 border-rule pl-6 sm:pl-8">
          {events.map((e) => (
            <li
              key={e.id}
              id={e.id}
              className="relative scroll-mt-24 target:rounded-lg target:bg-accent-soft target:p-3"
            >
              <span
                aria-hidden="true"
                className="absolute -left-[1.95rem] top-1.5 h-3 w-3 rounded-full border-2 border-accent bg-surface sm:-left-[2.45rem]"
              />
              <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
                <span className="font-medium text-ink">
                  <EventDate date={e.date} endDate={e.endDate} precision={e.datePrecision} />
                </span>
                <EventKindBadge kind={e.kind} />
                {e.place && <span>{e.place}</span>}
              </div>
              <h3 className="mt-1 font-serif text-lg font-semibold">
                <Link href={routes.event(e.id)} className="text-ink hover:text-accent">
                  {e.title}
                </Link>
              </h3>
              <p className="mt-1 max-w-3xl leading-relaxed">{e.summary}</p>
              {e.timeZoneNote && <p className="mt-1 text-sm text-muted">Time zones: {e.timeZoneNote}</p>}
              {e.dateNote && <p className="mt-1 text-sm text-muted">Date: {e.dateNote}</p>}
              <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                {e.anchors.map((a) => (
                  <Link key={a.id} href={routes.caseArticle(slug, a.id)}>
                    In the article: “{a.exact.length > 60 ? `${a.exact.slice(0, 57)}…` : a.exact}”
                  </Link>
                ))}
                {!e.inArticle && e.articleNote && <span className="text-muted">{e.articleNote}</span>}
              </div>
              {e.actors.length > 0 && (
                <p className="mt-1 text-sm text-muted">
                  Involving{" "}
                  {e.actors.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 && ", "}
                      <Link
                        href={routes.actor(a.id)}
                        className="text-muted underline decoration-rule hover:text-accent"
                      >
                        {a.name}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
              {e.legalSources.length > 0 && (
                <p className="mt-1 text-sm">
                  <span className="text-muted">Law: </span>
                  {e.legalSources.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 && "; "}
                      <Link href={routes.source(s.id)}>{s.shortTitle}</Link>
                    </span>
                  ))}
                </p>
              )}
              {e.arguments.length > 0 && (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-accent">
                    {e.arguments.length} argument{e.arguments.length === 1 ? " rests" : "s rest"} on this
                  </summary>
                  <ClaimList items={e.arguments} />
                </details>
              )}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
