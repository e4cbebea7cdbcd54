import type { Metadata } from "next";
import Link from "next/link";
import { SourceKindBadge } from "@/app/_components/badges";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Box, Button, inputClass } from "@/app/_components/ui";
import { Suspense } from "react";
import { api } from "@/app/_trpc/server";
import { readSourceList } from "@/server/public-reads";
import { LEGAL_SOURCE_KINDS, type LegalSourceKind } from "@/lib/bluebook";
import { formatPartialDate } from "@/lib/dates";
import { LEGAL_SOURCE_KIND_LABELS, LEGAL_STATUS_LABELS } from "@/lib/labels";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Legal sources",
  description:
    "The Constitution, statutes, treaties, court decisions, executive opinions, letters and bills the arguments rest on.",
};

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ kind?: string; text?: string; page?: string }> };

export default function SourcesPage({ searchParams }: Props) {
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Legal sources" }]} />
      <header className="max-w-3xl space-y-3">
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Legal sources</h1>
        <p className="text-lg text-muted">
          The law the arguments rest on. Open a source to read its summary, follow the official text, and see every
          argument that relies on it, distinguishes it or contests it.
        </p>
      </header>
      <Suspense fallback={<p className="text-sm text-muted">Loading the sources…</p>}>
        <SourceList searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/** The page of sources the address asks for: from the cache, but for a text filter (read per request). */
async function SourceList({ searchParams }: Props) {
  const params = await searchParams;
  const kind = LEGAL_SOURCE_KINDS.includes(params.kind as LegalSourceKind)
    ? (params.kind as LegalSourceKind)
    : undefined;
  const text = params.text?.trim().slice(0, 200) || undefined;
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const filter = { kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const { items, total } = text ? await api.legalSource.list({ ...filter, text }) : await readSourceList(filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const hrefFor = (p: number) => routes.sources({ kind, text, page: p > 1 ? p : undefined });

  return (
    <>
      <Box
        as="form"
        method="get"
        action="/sources"
        role="search"
        aria-label="Filter legal sources"
        className="no-print flex flex-wrap items-end gap-3"
      >
        <div className="flex min-w-[12rem] flex-1 flex-col gap-1">
          <label htmlFor="source-text" className="text-sm font-medium">
            Words or citation
          </label>
          <input
            id="source-text"
            name="text"
            type="search"
            defaultValue={text ?? ""}
            placeholder="e.g. 1543(a), Youngstown, Article 51"
            className={inputClass()}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="source-kind" className="text-sm font-medium">
            Kind
          </label>
          <select id="source-kind" name="kind" defaultValue={kind ?? ""} className={inputClass()}>
            <option value="">All kinds</option>
            {LEGAL_SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {LEGAL_SOURCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Filter</Button>
        {(kind || text) && (
          <Link href="/sources" className="px-2 py-2 text-sm">
            Clear
          </Link>
        )}
      </Box>

      <p className="text-sm text-muted" role="status">
        {total === 0
          ? "No source matches."
          : `${total} source${total === 1 ? "" : "s"}${pages > 1 ? `, page ${page} of ${pages}` : ""}`}
      </p>

      <Box as="ul" pad="none" className="divide-y divide-rule">
        {items.map((s) => (
          <li key={s.id} className={`p-4 ${s.parentId ? "sm:pl-10" : ""}`}>
            <div className="flex flex-wrap items-center gap-2">
              <SourceKindBadge kind={s.kind} />
              {s.legalStatus && s.legalStatus !== "in_force" && (
                <span className="text-xs text-muted">{LEGAL_STATUS_LABELS[s.legalStatus]}</span>
              )}
              <span className="text-xs text-muted">{formatPartialDate(s.date, s.datePrecision)}</span>
            </div>
            <h2 className="mt-1 font-semibold">
              <Link href={routes.source(s.id)} className="text-ink hover:text-accent">
                {s.shortTitle}
              </Link>
            </h2>
            <p className="font-serif text-muted">{s.citation}</p>
            <p className="mt-1 text-sm text-muted">
              {s.citationCount === 0
                ? "Not cited by an argument"
                : `Cited ${s.citationCount} time${s.citationCount === 1 ? "" : "s"}`}
            </p>
          </li>
        ))}
      </Box>

      {pages > 1 && (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {page > 1 ? <Link href={hrefFor(page - 1)}>← Previous</Link> : <span />}
          {page < pages ? <Link href={hrefFor(page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
