import type { Metadata } from "next";
import { api, orNotFound } from "@/app/_trpc/server";
import { formatDateRange, formatPartialDate } from "@/lib/dates";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const found = await orNotFound(api.case.bySlug({ slug }));
  return { title: found.title, description: found.summary.slice(0, 200) };
}

export default async function CasePage({ params }: Props) {
  const { slug } = await params;
  const found = await orNotFound(api.case.bySlug({ slug }));
  const article = found.article ? await api.document.byId({ id: found.article.id }) : null;
  const range = formatDateRange(found.startDate, found.endDate);

  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-4">
        {range && <p className="text-sm font-medium uppercase tracking-wide text-muted">{range}</p>}
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{found.title}</h1>
        <p className="text-lg leading-relaxed">{found.summary}</p>
        {found.dateNote && <p className="text-sm text-muted">{found.dateNote}</p>}
      </header>

      {article && (
        <section aria-labelledby="article-heading" className="max-w-3xl space-y-4">
          <div className="space-y-1 border-b border-rule pb-3">
            <p className="text-sm font-medium uppercase tracking-wide text-muted">The record</p>
            <h2 id="article-heading" className="font-serif text-2xl font-semibold">
              {article.title}
            </h2>
            <p className="text-sm text-muted">
              {[
                article.publisher ?? "Publisher unknown",
                article.publicationDate &&
                  `${article.dateApproximate ? "about " : ""}${formatPartialDate(article.publicationDate, article.datePrecision)}`,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {article.titleNote && <p className="text-sm text-muted">{article.titleNote}</p>}
          </div>
          {/* The text exactly as stored: pre-wrap keeps every character and paragraph break. */}
          <div data-testid="article-text" className="whitespace-pre-wrap font-serif text-lg leading-relaxed">
            {article.text}
          </div>
          <p className="text-xs text-muted">
            SHA-256 of the stored text: <code className="break-all font-mono">{article.sha256}</code>
          </p>
        </section>
      )}
    </div>
  );
}
