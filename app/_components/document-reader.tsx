import type { ReactNode } from "react";
import { api } from "@/app/_trpc/server";
import { formatPartialDate } from "@/lib/dates";
import { segmentText } from "@/lib/highlight-segments";
import { routes } from "@/lib/routes";
import { AnnotatedDocument, NOTE_LABEL, type Note, type NoteKind } from "./annotated-document";
import { Breadcrumbs } from "./breadcrumbs";
import { Box } from "./ui";

type Doc = Awaited<ReturnType<typeof api.document.byId>>;

function kindOf(a: Doc["anchors"][number]): NoteKind {
  if (a.quotes.length) return "quote";
  if (a.events.length) return "event";
  return "claim";
}

/** A document verbatim, its anchors highlighted, orphaned anchors listed rather than hidden. */
export function DocumentReader({ doc, cite }: { doc: Doc; cite?: ReactNode }) {
  const placed = doc.anchors.filter((a) => a.resolution.status !== "orphan");
  const orphans = doc.anchors.filter((a) => a.resolution.status === "orphan");
  const segments = segmentText(
    doc.text,
    placed.map((a) => ({
      id: a.id,
      start: a.resolution.status === "orphan" ? a.start : a.resolution.start,
      end: a.resolution.status === "orphan" ? a.end : a.resolution.end,
    })),
  );
  const notes: Note[] = doc.anchors.map((a) => ({
    id: a.id,
    kind: kindOf(a),
    exact: a.exact,
    quotes: a.quotes,
    events: a.events,
    arguments: a.arguments,
  }));
  const date =
    doc.publicationDate &&
    `${doc.dateApproximate ? "about " : ""}${formatPartialDate(doc.publicationDate, doc.datePrecision)}`;

  return (
    <article className="space-y-8">
      <Breadcrumbs items={[{ label: doc.caseTitle, href: routes.case(doc.caseSlug) }, { label: "Article" }]} />
      <header className="max-w-3xl space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">The record</p>
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{doc.title}</h1>
        <p className="text-sm text-muted">{[doc.publisher ?? "Publisher unknown", date].filter(Boolean).join(" · ")}</p>
        {doc.titleNote && <p className="text-sm text-muted">{doc.titleNote}</p>}
        {doc.dateNote && <p className="text-sm text-muted">{doc.dateNote}</p>}
        <p className="text-sm text-muted">
          {placed.length} passage{placed.length === 1 ? " is" : "s are"} linked to quotes, events and arguments. The
          text is shown exactly as published.
        </p>
      </header>
      <AnnotatedDocument segments={segments} notes={notes} />
      {orphans.length > 0 && (
        <Box as="section" tone="danger" pad="lg" aria-labelledby="orphans-heading" className="max-w-3xl space-y-3">
          <h2 id="orphans-heading" className="font-serif text-xl font-semibold">
            Passages no longer found in the text
          </h2>
          <p className="text-sm text-muted">
            These anchors were made against an earlier version of the text and could not be found again by position or
            by quote. They are kept, not dropped, until an editor re-anchors them.
          </p>
          <ul className="space-y-2">
            {orphans.map((a) => (
              <li key={a.id} id={a.id} className="text-sm">
                <span className="font-semibold">{NOTE_LABEL[kindOf(a)]}:</span> “{a.exact}”
              </li>
            ))}
          </ul>
        </Box>
      )}
      {cite && <div className="max-w-xl">{cite}</div>}
      <p className="text-xs text-muted">
        SHA-256 of the stored text: <code className="break-all font-mono">{doc.sha256}</code>
      </p>
    </article>
  );
}
