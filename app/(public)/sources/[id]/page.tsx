import type { Metadata } from "next";
import { CiteThis } from "@/app/_components/cite-this";
import { citable } from "@/app/_components/citable";
import { citableMetadata } from "@/app/_components/citable-metadata";
import Link from "next/link";
import { cache } from "react";
import { SourceKindBadge, UseBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { CopyButton } from "@/app/_components/copy-button";
import { EventDate } from "@/app/_components/event-date";
import { KeyPassage, passageAnchor } from "@/app/_components/key-passage";
import { Section } from "@/app/_components/section";
import { Box, buttonClass, Detail, DetailList } from "@/app/_components/ui";
import { notFound } from "next/navigation";
import { shellParams } from "@/app/_components/static-params";
import { readSource } from "@/server/public-reads";
import { formatPartialDate } from "@/lib/dates";
import { LEGAL_STATUS_LABELS } from "@/lib/labels";
import { pinpointsOverlap } from "@/lib/pinpoint";
import { routes } from "@/lib/routes";

type Props = { params: Promise<{ id: string }> };
const getSource = cache(async (id: string) => (await readSource(id)) ?? notFound());

export const generateStaticParams = () => shellParams("id");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await getSource((await params).id);
  return citableMetadata({
    path: routes.source(s.id),
    title: `${s.shortTitle} (${s.citation})`,
    description: s.summary,
    updatedOn: s.updatedOn,
  });
}

function People({ label, people }: { label: string; people: { id: string; name: string }[] }) {
  return (
    <Detail term={label}>
      {people.length > 0 &&
        people.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ", "}
            <Link href={routes.actor(p.id)}>{p.name}</Link>
          </span>
        ))}
    </Detail>
  );
}

export default async function SourcePage({ params }: Props) {
  const s = await getSource((await params).id);
  const cite = await citable("source", s.id);
  const citing = s.citedBy.reduce((n, c) => n + c.positions.reduce((m, p) => m + p.arguments.length, 0), 0);

  return (
    <article className="space-y-12">
      <Breadcrumbs
        items={[
          { label: "Legal sources", href: "/sources" },
          ...(s.parent ? [{ label: s.parent.shortTitle, href: routes.source(s.parent.id) }] : []),
          { label: s.shortTitle },
        ]}
      />
      <header className="max-w-3xl space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <SourceKindBadge kind={s.kind} />
          {s.legalStatus && <span className="text-sm text-muted">{LEGAL_STATUS_LABELS[s.legalStatus]}</span>}
          <span className="text-sm text-muted">{formatPartialDate(s.date, s.datePrecision)}</span>
        </div>
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{s.shortTitle}</h1>
        <Box className="space-y-2">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">Bluebook citation</p>
          <p className="font-serif text-lg">{s.citation}</p>
          {s.citationNote && <p className="text-sm text-muted">{s.citationNote}</p>}
          <p className="flex flex-wrap gap-2">
            <CopyButton text={s.citation} label="Copy citation" />
            <a
              href={`/api/export/sources/${s.id}/csl`}
              download
              className={buttonClass({ variant: "secondary", size: "sm" }, "no-print")}
            >
              Download for Zotero (CSL-JSON)
            </a>
          </p>
        </Box>
        <p className="text-lg leading-relaxed">{s.summary}</p>
        {s.dateNote && <p className="text-sm text-muted">{s.dateNote}</p>}
      </header>

      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-12">
          {s.keyPassages.length > 0 && (
            <Section
              id="text"
              title="In its own words"
              description={`${s.keyPassages.length === 1 ? "A key passage" : "Key passages"} of the text, verbatim, with the pinpoint where ${s.keyPassages.length === 1 ? "it appears" : "each appears"}.`}
            >
              <div className="space-y-6">
                {s.keyPassages.map((p) => (
                  <KeyPassage key={p.id} passage={p} />
                ))}
              </div>
            </Section>
          )}

          <Section
            id="cited-by"
            title="Cited by"
            description={
              citing === 0
                ? undefined
                : `${citing} argument${citing === 1 ? "" : "s"}${s.children.length ? " cite this source or one of its provisions" : " cite this source"}, grouped by case and position.`
            }
          >
            {s.citedBy.length === 0 ? (
              <p className="text-muted">No argument cites this source yet.</p>
            ) : (
              s.citedBy.map((c) => (
                <div key={c.caseSlug} className="space-y-4">
                  <h3 className="font-serif text-lg font-semibold">
                    <Link href={routes.case(c.caseSlug)} className="text-ink hover:text-accent">
                      {c.caseTitle}
                    </Link>
                  </h3>
                  {c.positions.map((p) => (
                    <div key={p.id} className="space-y-2 border-l-2 border-rule pl-4">
                      <h4 className="font-semibold">
                        <Link href={routes.position(p.id)}>{p.title}</Link>
                      </h4>
                      <ul className="space-y-3">
                        {p.arguments.map((a) => (
                          <Box as="li" key={a.id} pad="sm">
                            <Link href={routes.argument(a.id)} className="text-ink hover:text-accent">
                              {a.claim}
                            </Link>
                            <ul className="mt-2 space-y-1">
                              {a.citations.map((cite) => (
                                <li key={cite.id} className="flex flex-wrap items-center gap-2 text-sm">
                                  <UseBadge use={cite.use} />
                                  <span className="font-serif">{cite.formatted}</span>
                                  {s.keyPassages
                                    .filter(
                                      (p) => cite.sourceId === s.id && pinpointsOverlap(p.pinpoint, cite.pinpoint),
                                    )
                                    .map((p) => (
                                      <a key={p.id} href={`#${passageAnchor(p.id)}`} className="text-muted">
                                        the text {p.pinpoint}
                                      </a>
                                    ))}
                                </li>
                              ))}
                            </ul>
                          </Box>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              ))
            )}
          </Section>

          {s.children.length > 0 && (
            <Section id="provisions" title="Provisions">
              <Box as="ul" pad="none" className="divide-y divide-rule">
                {s.children.map((c) => (
                  <li key={c.id} className="p-3">
                    <Link href={routes.source(c.id)} className="font-medium">
                      {c.shortTitle}
                    </Link>
                    <p className="font-serif text-sm text-muted">
                      {c.citation}
                      {c.actSection && ` · ${c.actSection}`}
                    </p>
                  </li>
                ))}
              </Box>
            </Section>
          )}

          {s.history.length > 0 && (
            <Section id="history" title="Legislative history">
              <ol className="space-y-2">
                {s.history.map((h, i) => (
                  <li key={i} className="flex gap-4">
                    <time dateTime={h.date} className="w-36 shrink-0 text-sm text-muted">
                      {formatPartialDate(h.date)}
                    </time>
                    <span>{h.action}</span>
                  </li>
                ))}
              </ol>
            </Section>
          )}
        </div>

        <aside className="space-y-8">
          {cite && <CiteThis {...cite} />}
          <Section id="details" title="Details">
            <DetailList>
              {s.url ? (
                <Detail term="Official text">
                  <a href={s.url} rel="noreferrer" className="break-all">
                    {new URL(s.url).hostname}
                  </a>
                  {s.urlNote && <p className="text-sm text-muted">{s.urlNote}</p>}
                </Detail>
              ) : (
                <Detail term="Official text" valueClassName="text-sm">
                  No confirmed official address.
                </Detail>
              )}
              <Detail
                term="Also"
                values={s.additionalUrls.map((u) => (
                  <a key={u} href={u} rel="noreferrer" className="break-all text-sm">
                    {u.replace(/^https?:\/\//, "")}
                  </a>
                ))}
              />
              <Detail term="Unofficial copy">
                {s.mirrorUrl && (
                  <>
                    <a href={s.mirrorUrl} rel="noreferrer" className="break-all text-sm">
                      {new URL(s.mirrorUrl).hostname}
                    </a>
                    {s.mirrorNote && <p className="text-sm text-muted">{s.mirrorNote}</p>}
                  </>
                )}
              </Detail>
              <Detail term="Part of">
                {s.parent && <Link href={routes.source(s.parent.id)}>{s.parent.shortTitle}</Link>}
              </Detail>
              <Detail term="Section of the act">{s.actSection}</Detail>
              <Detail term="Enacted by" valueClassName="font-serif">
                {s.enactedBy}
              </Detail>
              <Detail term="Repealed by">
                {s.repealedBy && <Link href={routes.source(s.repealedBy.id)}>{s.repealedBy.shortTitle}</Link>}
              </Detail>
              <Detail term="Also cited as" values={s.alsoKnownAs} valueClassName="font-serif" />
              <Detail term="Related" values={s.relatedCitations} valueClassName="font-serif" />
              <People label="Sponsors" people={s.sponsors} />
              <People label="Authors" people={s.authors} />
              <People label="Addressed to" people={s.addressees} />
              <Detail term="Verification" valueClassName="text-sm">
                {s.verification === "checked"
                  ? "Checked against the named source"
                  : "Well-established background, not re-checked"}
                {s.verifiedBy && ` by ${s.verifiedBy}`}
                {s.verifiedOn && ` on ${formatPartialDate(s.verifiedOn)}`}
              </Detail>
              <Detail term="Not confirmed, left empty" valueClassName="text-sm">
                {s.unconfirmed.map((u) => u.replace(/_/g, " ")).join(", ")}
              </Detail>
            </DetailList>
          </Section>
          {s.events.length > 0 && (
            <Section id="events" title="Events">
              <ul className="space-y-3">
                {s.events.map((e) => (
                  <li key={e.id}>
                    <p className="text-sm text-muted">
                      <EventDate date={e.date} precision={e.datePrecision} />
                    </p>
                    <Link href={routes.caseTimeline(e.caseSlug, e.id)}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </aside>
      </div>
    </article>
  );
}
