import { and, asc, eq, inArray } from "drizzle-orm";
import { CodePointText } from "@/lib/code-points";
import type { Db } from "../client";
import {
  actors,
  anchors,
  argumentAnchors,
  argumentEvents,
  argumentQuotes,
  cases,
  debateArguments,
  documents,
  eventAnchors,
  events,
  quotes,
} from "../schema";
import { groupBy, isPublic, updatedOn, visible } from "./_shared";
import { anchorColumns, resolveAnchors } from "./anchors";

/** One published document with its exact text and every anchor in it, resolved, with what links to each. */
export async function getDocumentById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: documents.id,
      caseSlug: cases.slug,
      caseTitle: cases.title,
      kind: documents.kind,
      title: documents.title,
      titleNote: documents.titleNote,
      publisher: documents.publisher,
      publisherNote: documents.publisherNote,
      publicationDate: documents.publicationDate,
      updatedOn: updatedOn(documents),
      datePrecision: documents.datePrecision,
      dateApproximate: documents.dateApproximate,
      dateNote: documents.dateNote,
      url: documents.url,
      language: documents.language,
      text: documents.text,
      sha256: documents.sha256,
      lengthCodePoints: documents.lengthCodePoints,
    })
    .from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(eq(documents.id, id), isPublic(documents), isPublic(cases)));
  if (!row) return null;

  const anchorRows = await db
    .select(anchorColumns)
    .from(anchors)
    .where(and(eq(anchors.documentId, id), isPublic(anchors)))
    .orderBy(asc(anchors.start), asc(anchors.id));
  const anchorIds = anchorRows.map((a) => a.id);

  const [quoteRows, eventRows, claimRows] = anchorIds.length
    ? await Promise.all([
        db
          .select({
            anchorId: quotes.anchorId,
            id: quotes.id,
            text: quotes.text,
            speakerId: actors.id,
            speakerName: actors.name,
          })
          .from(quotes)
          .innerJoin(actors, eq(actors.id, quotes.speakerId))
          .where(and(inArray(quotes.anchorId, anchorIds), visible.quote(quotes.id))),
        db
          .select({
            anchorId: eventAnchors.anchorId,
            id: events.id,
            title: events.title,
            date: events.date,
            datePrecision: events.datePrecision,
          })
          .from(eventAnchors)
          .innerJoin(events, eq(events.id, eventAnchors.eventId))
          .where(and(inArray(eventAnchors.anchorId, anchorIds), visible.event(events.id))),
        db
          .select({ anchorId: argumentAnchors.anchorId, id: debateArguments.id, claim: debateArguments.claim })
          .from(argumentAnchors)
          .innerJoin(debateArguments, eq(debateArguments.id, argumentAnchors.argumentId))
          .where(and(inArray(argumentAnchors.anchorId, anchorIds), visible.argument(debateArguments.id))),
      ])
    : [[], [], []];

  const quoteIds = quoteRows.map((q) => q.id);
  const eventIds = eventRows.map((e) => e.id);
  const [viaQuotes, viaEvents] = await Promise.all([
    quoteIds.length
      ? db
          .select({ linkId: argumentQuotes.quoteId, id: debateArguments.id, claim: debateArguments.claim })
          .from(argumentQuotes)
          .innerJoin(debateArguments, eq(debateArguments.id, argumentQuotes.argumentId))
          .where(and(inArray(argumentQuotes.quoteId, quoteIds), visible.argument(debateArguments.id)))
          .orderBy(asc(debateArguments.sortOrder))
      : [],
    eventIds.length
      ? db
          .select({ linkId: argumentEvents.eventId, id: debateArguments.id, claim: debateArguments.claim })
          .from(argumentEvents)
          .innerJoin(debateArguments, eq(debateArguments.id, argumentEvents.argumentId))
          .where(and(inArray(argumentEvents.eventId, eventIds), visible.argument(debateArguments.id)))
          .orderBy(asc(debateArguments.sortOrder))
      : [],
  ]);

  const quotesBy = groupBy(quoteRows, (q) => q.anchorId);
  const eventsBy = groupBy(eventRows, (e) => e.anchorId);
  const claimsBy = groupBy(claimRows, (c) => c.anchorId);
  const argumentsByQuote = groupBy(viaQuotes, (a) => a.linkId);
  const argumentsByEvent = groupBy(viaEvents, (a) => a.linkId);
  const texts = new Map([[row.id, new CodePointText(row.text)]]);

  return {
    ...row,
    anchors: resolveAnchors(anchorRows, texts).map((a) => {
      const linkedQuotes = quotesBy.get(a.id) ?? [];
      const linkedEvents = eventsBy.get(a.id) ?? [];
      const claims = (claimsBy.get(a.id) ?? []).map(({ id, claim }) => ({ id, claim }));
      const linkedArguments = new Map<string, { id: string; claim: string }>(claims.map((c) => [c.id, c]));
      for (const q of linkedQuotes)
        for (const arg of argumentsByQuote.get(q.id) ?? [])
          linkedArguments.set(arg.id, { id: arg.id, claim: arg.claim });
      for (const e of linkedEvents)
        for (const arg of argumentsByEvent.get(e.id) ?? [])
          linkedArguments.set(arg.id, { id: arg.id, claim: arg.claim });
      return {
        ...a,
        quotes: linkedQuotes.map(({ id, text, speakerId, speakerName }) => ({
          id,
          text,
          speaker: { id: speakerId, name: speakerName },
        })),
        events: linkedEvents.map(({ id, title, date, datePrecision }) => ({ id, title, date, datePrecision })),
        /** Arguments made in this very passage. */
        claims,
        arguments: [...linkedArguments.values()],
      };
    }),
  };
}
