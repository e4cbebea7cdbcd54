import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { bluebookDate } from "@/lib/bluebook";
import { formatPartialDate } from "@/lib/dates";
import { LEGAL_FRAME_LABELS, STANCE_LABELS } from "@/lib/labels";
import { quoteTitle } from "@/lib/page-citation";
import { routes, type ItemVersionKind } from "@/lib/routes";
import { readItemVersion } from "@/server/public-reads";
import { Breadcrumbs } from "./breadcrumbs";
import { citable } from "./citable";
import { citableMetadata } from "./citable-metadata";
import { CiteThis } from "./cite-this";
import { shellParams } from "./static-params";
import { Alert, Box, Detail, DetailList } from "./ui";

type Version = NonNullable<Awaited<ReturnType<typeof readItemVersion>>>;
type Params<K extends string> = { params: Promise<Record<K, string> & { version: string }> };

/** How the notice names each kind ("this position"), and what its page is called in the breadcrumbs. */
const NOUN: Record<ItemVersionKind, string> = {
  case: "case",
  position: "position",
  source: "legal source",
  event: "event",
  quote: "quote",
  document: "document",
};

function headingOf(v: Version): string {
  return v.kind === "quote" ? quoteTitle(v.speaker?.name ?? "Unknown speaker", v.values.title) : v.values.title;
}

/** The fields of the version that are its own, as its page shows them. */
function Fields({ v }: { v: Version }): ReactNode {
  const f = v.values;
  const date = f.date && formatPartialDate(f.date, f.datePrecision);
  switch (v.kind) {
    case "case":
      return <p className="text-lg leading-relaxed">{f.summary}</p>;
    case "position":
      return (
        <>
          <DetailList layout="columns">
            <Detail term="Stance">{f.stance && STANCE_LABELS[f.stance as keyof typeof STANCE_LABELS]}</Detail>
            <Detail term="Legal frame">
              {f.legalFrame && LEGAL_FRAME_LABELS[f.legalFrame as keyof typeof LEGAL_FRAME_LABELS]}
            </Detail>
          </DetailList>
          <p className="text-lg leading-relaxed">{f.summary}</p>
        </>
      );
    case "source":
      return (
        <>
          <Box className="space-y-1">
            <p className="text-xs font-medium uppercase tracking-wide text-muted">Bluebook citation</p>
            <p className="font-serif text-lg">{f.citation}</p>
          </Box>
          <p className="text-lg leading-relaxed">{f.summary}</p>
        </>
      );
    case "event":
      return (
        <>
          <p className="text-sm text-muted">{[date, f.place].filter(Boolean).join(" · ")}</p>
          <p className="text-lg leading-relaxed">{f.summary}</p>
        </>
      );
    case "quote":
      return (
        <Box as="figure" pad="lg">
          <blockquote className="font-serif text-lg leading-relaxed">“{f.text}”</blockquote>
          <figcaption className="mt-3 text-sm text-muted">
            — {v.speaker ? <Link href={routes.actor(v.speaker.id)}>{v.speaker.name}</Link> : "Unknown speaker"}
            {date && `, ${date}`}
          </figcaption>
        </Box>
      );
    case "document":
      return (
        <>
          <p className="text-sm text-muted">{[f.publisher, date].filter(Boolean).join(" · ")}</p>
          <Box pad="lg" className="whitespace-pre-wrap font-serif text-lg leading-relaxed">
            {f.text}
          </Box>
        </>
      );
  }
}

/**
 * The page of one published version of a case, position, legal source, event, quote or
 * document (/<kind>/<id>/v/<n>): its own words as they were published, with a notice and a
 * link when it has been revised since, and "Cite this" for that version. What it links to
 * (arguments, sources, quotes) is on the current page; this page keeps what a reader cited.
 */
export function itemVersionPage<K extends "id" | "slug">(kind: ItemVersionKind, param: K) {
  const getVersion = cache(async (id: string, version: string) => {
    const n = /^[1-9]\d{0,5}$/.test(version) ? Number(version) : null;
    return (n !== null ? await readItemVersion(kind, id, n) : null) ?? notFound();
  });

  return {
    /** Like every page of published content (static-params.ts): one placeholder, real addresses on first visit. */
    generateStaticParams: () => [{ ...shellParams(param)[0]!, version: "_shell" }],

    async generateMetadata({ params }: Params<K>): Promise<Metadata> {
      const p = await params;
      const v = await getVersion(p[param], p.version);
      return citableMetadata({
        path: routes.itemVersion(kind, v.pageId, v.version),
        title: headingOf(v),
        description: (v.values.summary ?? v.values.text ?? headingOf(v)).slice(0, 300),
        updatedOn: v.publishedOn,
        ...(v.caseTitle && kind !== "case" ? { partOf: v.caseTitle } : {}),
      });
    },

    async Page({ params }: Params<K>) {
      const p = await params;
      const v = await getVersion(p[param], p.version);
      const cite = await citable(kind, v.pageId, v.version);
      const page = routes.itemPage(kind, v.pageId);
      const noun = NOUN[kind];
      return (
        <article className="space-y-10">
          <Breadcrumbs
            items={[
              ...(kind !== "case" && v.caseSlug && v.caseTitle
                ? [{ label: v.caseTitle, href: routes.case(v.caseSlug) }]
                : []),
              { label: kind === "case" ? (v.caseTitle ?? "Case") : headingOf(v).slice(0, 80), href: page },
              { label: `Version ${v.version}` },
            ]}
          />
          <Alert tone={v.isCurrent ? "success" : "warning"} className="max-w-3xl" data-testid="version-notice">
            {v.isCurrent ? (
              <>
                This is version {v.version} of this {noun}, published {bluebookDate(v.publishedOn)}: the current one.{" "}
                <Link href={page}>Read its page, with everything linked to it</Link>.
              </>
            ) : (
              <>
                This is version {v.version} of this {noun}, as published {bluebookDate(v.publishedOn)}. It has been
                revised since: <Link href={page}>read the current version (version {v.currentVersion})</Link>.
              </>
            )}
          </Alert>
          <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
            <header className="min-w-0 max-w-3xl space-y-4">
              <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">{headingOf(v)}</h1>
              <Fields v={v} />
            </header>
            <aside>{cite && <CiteThis {...cite} />}</aside>
          </div>
        </article>
      );
    },
  };
}
