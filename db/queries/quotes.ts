import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { actors, argumentQuotes, cases, debateArguments, documents, events, quoteEvents, quotes } from "../schema";
import { getResolvedAnchors } from "./anchors";
import { updatedOn, visible } from "./_shared";

/**
 * One published quote for its own page: the words, who said them and when, where they stand
 * in their document (with the words around them), the events they speak of and the
 * arguments they voice. Null unless the quote, its case and its speaker are published.
 */
export async function getQuoteById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: quotes.id,
      text: quotes.text,
      date: quotes.date,
      datePrecision: quotes.datePrecision,
      dateApproximate: quotes.dateApproximate,
      dateNote: quotes.dateNote,
      fragment: quotes.fragment,
      textNote: quotes.textNote,
      sourceUrl: quotes.sourceUrl,
      reportedBy: quotes.reportedBy,
      attributionNote: quotes.attributionNote,
      verifiedBy: quotes.verifiedBy,
      verifiedOn: quotes.verifiedOn,
      anchorId: quotes.anchorId,
      speaker: { id: actors.id, name: actors.name, role: actors.role },
      caseSlug: cases.slug,
      caseTitle: cases.title,
      updatedOn: updatedOn(quotes),
    })
    .from(quotes)
    .innerJoin(actors, eq(actors.id, quotes.speakerId))
    .innerJoin(cases, eq(cases.id, quotes.caseId))
    .where(and(eq(quotes.id, id), visible.quote(quotes.id)));
  if (!row) return null;

  const [anchorsById, eventRows, argumentRows] = await Promise.all([
    getResolvedAnchors(db, row.anchorId ? [row.anchorId] : []),
    db
      .select({
        id: events.id,
        title: events.title,
        date: events.date,
        endDate: events.endDate,
        datePrecision: events.datePrecision,
      })
      .from(quoteEvents)
      .innerJoin(events, eq(events.id, quoteEvents.eventId))
      .where(and(eq(quoteEvents.quoteId, id), visible.event(events.id)))
      .orderBy(asc(quoteEvents.sortOrder), asc(events.date)),
    db
      .select({ id: debateArguments.id, claim: debateArguments.claim })
      .from(argumentQuotes)
      .innerJoin(debateArguments, eq(debateArguments.id, argumentQuotes.argumentId))
      .where(and(eq(argumentQuotes.quoteId, id), visible.argument(debateArguments.id)))
      .orderBy(asc(debateArguments.sortOrder), asc(debateArguments.id)),
  ]);
  const { anchorId, ...quote } = row;
  const anchor = anchorId ? (anchorsById.get(anchorId) ?? null) : null;
  const [document] = anchor
    ? await db
        .select({ id: documents.id, title: documents.title, publisher: documents.publisher })
        .from(documents)
        .where(and(eq(documents.id, anchor.documentId), visible.document(documents.id)))
    : [];
  return { ...quote, anchor, document: document ?? null, events: eventRows, arguments: argumentRows };
}
