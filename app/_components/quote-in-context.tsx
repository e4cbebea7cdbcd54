import Link from "next/link";
import { formatPartialDate, type DatePrecision } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { Box } from "./ui";

export interface QuoteView {
  id: string;
  text: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateApproximate: boolean;
  fragment: boolean;
  textNote: string | null;
  sourceUrl: string | null;
  reportedBy: string | null;
  verifiedBy?: string | null;
  verifiedOn?: string | null;
  speaker: { id: string; name: string };
  anchor: { id: string; prefix: string; suffix: string; resolution: { status: string } } | null;
}

/** A quote with the words around it in the article, and a link to its place there. */
export function QuoteInContext({
  quote,
  caseSlug,
  ownPage = false,
}: {
  quote: QuoteView;
  caseSlug: string;
  /** On the quote's own page, which needs no link to itself. */
  ownPage?: boolean;
}) {
  const { anchor } = quote;
  const when = quote.date
    ? `${quote.dateApproximate ? "about " : ""}${formatPartialDate(quote.date, quote.datePrecision)}`
    : null;
  return (
    <Box as="figure" pad="lg">
      <blockquote className="font-serif text-lg leading-relaxed">
        {anchor ? (
          <p>
            <span className="text-muted">…{anchor.prefix}</span>
            <mark className="rounded-sm bg-amber-100 px-0.5 text-ink dark:bg-amber-900/60">{quote.text}</mark>
            <span className="text-muted">{anchor.suffix}…</span>
          </p>
        ) : (
          <p>
            {quote.fragment ? "…" : "“"}
            {quote.text}
            {quote.fragment ? "…" : "”"}
          </p>
        )}
      </blockquote>
      <figcaption className="mt-3 text-sm text-muted">
        —{" "}
        <Link href={routes.actor(quote.speaker.id)} className="font-medium">
          {quote.speaker.name}
        </Link>
        {when && `, ${when}`}
        {anchor && (
          <>
            {" · "}
            <Link href={routes.caseArticle(caseSlug, anchor.id)}>
              {anchor.resolution.status === "orphan" ? "No longer found in the article" : "See it in the article"}
            </Link>
          </>
        )}
        {!ownPage && (
          <>
            {" · "}
            <Link href={routes.quote(quote.id)}>Cite this quote</Link>
          </>
        )}
        {!anchor && quote.reportedBy && ` · ${quote.reportedBy}`}
        {!anchor && quote.sourceUrl && (
          <>
            {" · "}
            <a href={quote.sourceUrl} rel="noreferrer">
              Source
            </a>
          </>
        )}
        {quote.textNote && <span className="mt-1 block">{quote.textNote}</span>}
        {quote.verifiedBy && (
          <span className="mt-1 block">
            Wording verified by {quote.verifiedBy}
            {quote.verifiedOn && ` on ${formatPartialDate(quote.verifiedOn)}`}
          </span>
        )}
      </figcaption>
    </Box>
  );
}
