import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { SearchBox } from "@/app/_components/search-box";
import { Box } from "@/app/_components/ui";
import { Suspense } from "react";
import { api } from "@/app/_trpc/server";
import { LEGAL_SOURCE_KINDS, type LegalSourceKind } from "@/lib/bluebook";
import { describeRange } from "@/lib/query-dates";
import { LEGAL_SOURCE_KIND_LABELS } from "@/lib/labels";
import { SEARCH_KINDS, searchHitHref, splitHighlights, type SearchKind } from "@/lib/search-query";
import { routes } from "@/lib/routes";

type Params = { q?: string; kind?: string; case?: string; sourceKind?: string; page?: string };
type Props = { searchParams: Promise<Params> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await searchParams;
  return {
    title: q ? `Search: ${q.slice(0, 60)}` : "Search",
    description: "Search arguments, legal sources, events, quotes, people and the record.",
  };
}

const KIND_LABELS: Record<SearchKind, string> = {
  argument: "Arguments",
  position: "Positions",
  legal_source: "Legal sources",
  event: "Events",
  quote: "Quotes",
  actor: "People and groups",
  document: "The record",
};
const KIND_SINGULAR: Record<SearchKind, string> = {
  argument: "Argument",
  position: "Position",
  legal_source: "Legal source",
  event: "Event",
  quote: "Quote",
  actor: "Person or group",
  document: "Document",
};
const PAGE_SIZE = 20;

export default function SearchPage({ searchParams }: Props) {
  // At least a screen tall: the results stream in after the shell, and must not push the footer up the screen as they arrive (layout shift).
  return (
    <div className="min-h-screen space-y-8">
      <Breadcrumbs items={[{ label: "Search" }]} />
      <Suspense fallback={<SearchHeader q="" />}>
        <Search searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

function SearchHeader({ q }: { q: string }) {
  return (
    <header className="max-w-3xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Search</h1>
      <SearchBox id="search-page" defaultValue={q} size="large" />
      <p className="text-sm text-muted">
        Words, “exact phrases”, <code>-exclude</code> and <code>or</code> work; so do citations such as § 1543(a) or
        art. II.
      </p>
    </header>
  );
}

/** Per request: the query is in the address, and every search counts against the search limit. */
async function Search({ searchParams }: Props) {
  const params = await searchParams;
  const q = params.q?.trim().slice(0, 200) ?? "";
  const kind = SEARCH_KINDS.includes(params.kind as SearchKind) ? (params.kind as SearchKind) : undefined;
  const sourceKind = LEGAL_SOURCE_KINDS.includes(params.sourceKind as LegalSourceKind)
    ? (params.sourceKind as LegalSourceKind)
    : undefined;
  const caseSlug = params.case && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(params.case) ? params.case : undefined;
  const page = Math.min(1000, Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1));
  const result = q ? await api.search.query({ q, kind, caseSlug, sourceKind, page, pageSize: PAGE_SIZE }) : null;

  const hrefWith = (change: Partial<Params>) => routes.search({ q, kind, case: caseSlug, sourceKind, ...change });
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  return (
    <>
      <SearchHeader q={q} />

      {result && (
        <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
          <aside aria-label="Refine results" className="space-y-6 text-sm">
            {(
              [
                [
                  "Kind",
                  "kind",
                  result.facets.kind.map((f) => ({ value: f.value, label: KIND_LABELS[f.value], count: f.count })),
                  kind,
                ],
                [
                  "Case",
                  "case",
                  result.facets.case.map((f) => ({ value: f.value, label: f.label, count: f.count })),
                  caseSlug,
                ],
                [
                  "Source kind",
                  "sourceKind",
                  result.facets.sourceKind.map((f) => ({
                    value: f.value,
                    label: LEGAL_SOURCE_KIND_LABELS[f.value],
                    count: f.count,
                  })),
                  sourceKind,
                ],
              ] as const
            ).map(([title, key, options, current]) =>
              options.length === 0 ? null : (
                <nav key={key} aria-label={`Filter by ${title.toLowerCase()}`} className="space-y-2">
                  <h2 className="font-semibold">{title}</h2>
                  <ul className="space-y-1">
                    {options.map((o) => {
                      const active = current === o.value;
                      return (
                        <li key={o.value}>
                          <Link
                            href={hrefWith({ [key]: active ? undefined : o.value, page: undefined })}
                            aria-current={active ? "true" : undefined}
                            className={`flex justify-between gap-2 rounded px-2 py-1 no-underline ${active ? "bg-accent-soft font-semibold text-ink" : "text-ink hover:bg-accent-soft"}`}
                          >
                            <span>
                              {active && <span aria-hidden="true">✓ </span>}
                              {o.label}
                            </span>
                            <span className="text-muted">{o.count}</span>
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </nav>
              ),
            )}
          </aside>

          <section aria-labelledby="results-heading" className="space-y-4">
            <h2 id="results-heading" className="sr-only">
              Results
            </h2>
            <p role="status" className="text-sm text-muted">
              {result.total === 0
                ? `Nothing matches “${result.query}”.`
                : `${result.total} result${result.total === 1 ? "" : "s"}${result.fuzzy ? ` spelled like “${result.query}”` : result.partial ? ` for most of “${result.query}”` : ` for “${result.query}”`}${pages > 1 ? `, page ${page} of ${pages}` : ""}`}
            </p>
            {result.dated && (
              <Box as="p" pad="sm" className="text-sm">
                Read as a date: {describeRange(result.dated)}. Events, quotes, sources and documents of that time
                {result.total > 0 ? " rank first." : " are matched."}
              </Box>
            )}
            {result.partial && (
              <Box as="p" pad="sm" className="text-sm">
                {result.hits.some((h) => !h.partial) || page > 1
                  ? "Few results hold every word, so results holding most of the words follow them, marked “some of the words”."
                  : "No result holds every word, so these hold most of them, the best matches first."}
              </Box>
            )}
            {result.fuzzy && (
              <Box as="p" pad="sm" className="text-sm">
                No word matches exactly, so these are the nearest spellings of names, titles and citations.
              </Box>
            )}
            <ol className="space-y-3">
              {result.hits.map((hit) => (
                <Box as="li" key={`${hit.kind}:${hit.id}`}>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                    <KindBadge
                      label={hit.sourceKind ? LEGAL_SOURCE_KIND_LABELS[hit.sourceKind] : KIND_SINGULAR[hit.kind]}
                    />
                    {hit.caseTitle && <span>{hit.caseTitle}</span>}
                    {hit.partial && <span className="italic">some of the words</span>}
                  </div>
                  {hit.citation ? (
                    // A lawyer scans for the citation: it leads, and the short name follows.
                    <>
                      <h3 className="mt-1.5 font-serif text-lg leading-snug">
                        <Link href={searchHitHref(hit)} className="text-ink hover:text-accent">
                          {hit.citation}
                        </Link>
                      </h3>
                      <p className="text-sm font-medium">{hit.title}</p>
                    </>
                  ) : (
                    <h3 className="mt-1.5 font-semibold leading-snug">
                      <Link href={searchHitHref(hit)} className="text-ink hover:text-accent">
                        {hit.kind === "quote" ? `${hit.title}, quoted` : hit.title}
                      </Link>
                    </h3>
                  )}
                  <p className="mt-1 text-sm leading-relaxed text-muted">
                    {splitHighlights(hit.snippet).map((part, i) =>
                      part.highlighted ? (
                        <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-ink dark:bg-amber-900/60">
                          {part.text}
                        </mark>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </p>
                </Box>
              ))}
            </ol>
            {pages > 1 && (
              <nav aria-label="Pages" className="flex justify-between text-sm">
                {page > 1 ? <Link href={hrefWith({ page: String(page - 1) })}>← Previous</Link> : <span />}
                {page < pages ? <Link href={hrefWith({ page: String(page + 1) })}>Next →</Link> : <span />}
              </nav>
            )}
          </section>
        </div>
      )}
    </>
  );
}
