import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getAuthoringLibrary } from "@/db/queries/authoring";
import { authoringRejections, cases, documents } from "@/db/schema";
import { documentText, type DocumentFormat } from "@/lib/authoring/document-text";
import { propose, type Proposals } from "@/lib/authoring/propose";
import { idFromTitle } from "@/lib/curation/entities";
import { CodePointText } from "@/lib/code-points";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { SessionUser } from "./auth";
import { documentAnchors, MAX_SELECTION } from "./curation/anchoring";
import { CONTEXT_LENGTH } from "@/lib/anchoring";
import { createEntity } from "./curation/service";
import { parseValues } from "./curation/values";
import type { EntityType } from "@/lib/curation/entities";

/** A document the workspace proposes from: its text, its day, and the case it belongs to. */
async function documentOf(db: Db, documentId: string) {
  const [doc] = await db
    .select({
      id: documents.id,
      caseId: documents.caseId,
      caseTitle: cases.title,
      title: documents.title,
      text: documents.text,
      publicationDate: documents.publicationDate,
      isCaseArticle: documents.isCaseArticle,
    })
    .from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(and(eq(documents.id, documentId), isNull(documents.deletedAt)));
  if (!doc) throw new NotFoundError(`No document "${documentId}".`);
  return doc;
}

/** A new document to build a case from: into an existing case, or a new draft case named here. */
export interface DocumentStart {
  case: { slug: string } | { newTitle: string };
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  format: DocumentFormat;
  content: string;
}

/**
 * Stores a document to work from, verbatim (HTML converted to text), as a draft of its
 * case, creating the case as a draft first when it is new (the document is then its
 * article). One transaction; returns the document's id.
 */
export async function startDocument(
  db: Db,
  user: SessionUser,
  input: DocumentStart,
): Promise<{ documentId: string; caseSlug: string }> {
  const text = documentText(input.format, input.content);
  if (!text) throw new InvalidInputError("The document has no text: paste it, or choose a .txt, .md or .html file.");
  return db.transaction(async (tx) => {
    let slug: string;
    let isCaseArticle = false;
    if ("slug" in input.case) {
      slug = input.case.slug;
      const [found] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.slug, slug), isNull(cases.deletedAt)));
      if (!found) throw new NotFoundError(`No case "${slug}".`);
    } else {
      const title = input.case.newTitle;
      const created = await createEntity(
        tx,
        user,
        "case",
        parseValues("case", {
          slug: freeSlug(await takenSlugs(tx), idFromTitle("", title)),
          title,
          summary: `Built from “${input.title}”.`,
        }),
      );
      slug = created.id;
      isCaseArticle = true;
    }
    const doc = await createEntity(
      tx,
      user,
      "document",
      parseValues("document", {
        caseId: slug,
        isCaseArticle,
        kind: "news_article",
        title: input.title,
        publisher: input.publisher,
        publicationDate: input.date,
        datePrecision: input.date ? "day" : null,
        url: input.url,
        language: "en",
        text,
      }),
    );
    return { documentId: doc.id, caseSlug: slug };
  });
}

async function takenSlugs(db: Db) {
  return new Set((await db.select({ slug: cases.slug }).from(cases)).map((c) => c.slug));
}
const freeSlug = (taken: Set<string>, base: string) => {
  const stem = base || "case";
  for (let n = 1; ; n++) if (!taken.has(n === 1 ? stem : `${stem}-${n}`)) return n === 1 ? stem : `${stem}-${n}`;
};

/** The day relative dates are read against: the document's own, when it is a day; else today. */
const dayOf = (publicationDate: string | null, today = new Date()) =>
  publicationDate && /^\d{4}-\d{2}-\d{2}$/.test(publicationDate) ? publicationDate : today.toISOString().slice(0, 10);

/** What the proposer finds in a stored document, matched against every actor and legal source not deleted. */
export async function proposalsFor(db: Db, documentId: string) {
  const doc = await documentOf(db, documentId);
  const date = dayOf(doc.publicationDate);
  const [library, anchored, rejected] = await Promise.all([
    getAuthoringLibrary(db),
    documentAnchors(db, documentId),
    db
      .select({ kind: authoringRejections.kind, start: authoringRejections.start, end: authoringRejections.end })
      .from(authoringRejections)
      .where(eq(authoringRejections.documentId, documentId)),
  ]);
  const all = propose(doc.text, { date, library });
  // What is already anchored here was accepted (or made by hand), and what was rejected stays so: neither is proposed again.
  const taken = new Set(anchored.map((a) => `${a.start}:${a.end}`));
  const no = new Set(rejected.map((r) => `${r.kind}:${r.start}:${r.end}`));
  const keep =
    <T extends { start: number; end: number }>(kind: RejectableKind) =>
    (items: T[]) =>
      items.filter((i) => !taken.has(`${i.start}:${i.end}`) && !no.has(`${kind}:${i.start}:${i.end}`));
  const proposals = {
    quotes: keep<Proposals["quotes"][number]>("quote")(all.quotes),
    events: keep<Proposals["events"][number]>("event")(all.events),
    citations: keep<Proposals["citations"][number]>("citation")(all.citations),
    actors: all.actors,
  };
  const rejectedItems = {
    quotes: all.quotes.filter((q) => no.has(`quote:${q.start}:${q.end}`)),
    events: all.events.filter((e) => no.has(`event:${e.start}:${e.end}`)),
    citations: all.citations.filter((c) => no.has(`citation:${c.start}:${c.end}`)),
  };
  const names = new Map(library.actors.map((a) => [a.id, a.name]));
  return {
    document: { id: doc.id, title: doc.title, caseId: doc.caseId, caseTitle: doc.caseTitle, text: doc.text },
    date,
    proposals,
    /** Rejected before, kept out of the proposals; each can be restored. */
    rejected: rejectedItems,
    /** The names of the known actors the proposals name, by id. */
    actorNames: Object.fromEntries(
      [
        ...new Set([
          ...proposals.actors.flatMap((a) => (a.actorId ? [a.actorId] : [])),
          ...proposals.events.flatMap((e) => e.actorIds),
        ]),
      ].map((id) => [id, names.get(id) ?? id]),
    ),
  };
}

export const REJECTABLE_KINDS = ["quote", "event", "citation"] as const;
export type RejectableKind = (typeof REJECTABLE_KINDS)[number];

/** Remembers that a proposal was rejected for this document (or, with `restore`, that it no longer is). */
export async function rejectProposal(
  db: Db,
  user: SessionUser,
  input: { documentId: string; kind: RejectableKind; start: number; end: number; restore?: boolean },
) {
  await documentOf(db, input.documentId);
  const where = and(
    eq(authoringRejections.documentId, input.documentId),
    eq(authoringRejections.kind, input.kind),
    eq(authoringRejections.start, input.start),
    eq(authoringRejections.end, input.end),
  );
  if (input.restore) await db.delete(authoringRejections).where(where);
  else
    await db
      .insert(authoringRejections)
      .values({
        documentId: input.documentId,
        kind: input.kind,
        start: input.start,
        end: input.end,
        rejectedBy: user.id,
      })
      .onConflictDoNothing();
  return { rejected: !input.restore };
}

/** What the editor accepts: spans of the document (code points) with the values as reviewed. */
export interface Acceptance {
  documentId: string;
  /** New actors to create, by the name the proposals gave them; quotes and events name them so. */
  newActors: {
    name: string;
    kind: "person" | "office" | "institution" | "state" | "armed_group" | "organization" | "group";
  }[];
  quotes: {
    start: number;
    end: number;
    speaker: { actorId: string } | { newActor: string };
    date: string | null;
    precision: "day" | "month" | "year" | null;
  }[];
  events: {
    start: number;
    end: number;
    title: string;
    date: string;
    precision: "day" | "month" | "year";
    place: string | null;
    actorIds: string[];
    newActors: string[];
  }[];
}

/**
 * Accepts reviewed proposals in one transaction: the new actors, then each quotation and
 * event as a draft of the document's case with an anchor on its exact span (the words are
 * taken from the stored text, never from the request), each with its revision. All of it
 * or none.
 */
export async function acceptProposals(db: Db, user: SessionUser, input: Acceptance) {
  return db.transaction(async (tx) => {
    const doc = await documentOf(tx, input.documentId);
    const text = new CodePointText(doc.text);
    const words = (start: number, end: number) => {
      if (!(start >= 0 && start < end && end <= text.length))
        throw new InvalidInputError(`The span ${start}–${end} is outside the document (0–${text.length}).`);
      return text.slice(start, end);
    };
    // An anchor of this very occurrence, with its context, as the article reader makes one (curation/anchoring.ts).
    const anchorAt = async (start: number, end: number) => {
      const exact = words(start, end);
      if (end - start > MAX_SELECTION)
        throw new InvalidInputError(`The span ${start}–${end} is longer than an anchor holds (${MAX_SELECTION}).`);
      const anchor = await createEntity(tx, user, "anchor", {
        documentId: doc.id,
        exact,
        prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
        suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
      });
      return anchor.id;
    };
    // Through the editor's own field rules, as every write of curated values is.
    const create = async (type: EntityType, values: Record<string, unknown>) =>
      createEntity(tx, user, type, parseValues(type, values));
    const created = new Map<string, string>();
    for (const a of input.newActors) {
      if (created.has(a.name)) continue;
      created.set(a.name, (await create("actor", { name: a.name, kind: a.kind })).id);
    }
    const actorId = (name: string) => {
      const id = created.get(name);
      if (!id) throw new InvalidInputError(`“${name}” is not among the new actors to create.`);
      return id;
    };
    const quotes = [];
    const details: { id: string; speakerId: string; anchorId: string }[] = [];
    for (const q of input.quotes) {
      const quote = await create("quote", {
        caseId: doc.caseId,
        speakerId: "actorId" in q.speaker ? q.speaker.actorId : actorId(q.speaker.newActor),
        text: words(q.start, q.end),
        date: q.date,
        datePrecision: q.precision,
        anchorId: await anchorAt(q.start, q.end),
        inArticle: doc.isCaseArticle,
      });
      details.push({
        id: quote.id,
        speakerId: String(quote.values.speakerId),
        anchorId: String(quote.values.anchorId),
      });
      quotes.push(quote.id);
    }
    const events = [];
    for (const e of input.events) {
      const event = await create("event", {
        caseId: doc.caseId,
        title: e.title,
        kind: "other",
        date: e.date,
        datePrecision: e.precision,
        place: e.place,
        summary: words(e.start, e.end),
        actors: [...new Set([...e.actorIds, ...e.newActors.map(actorId)])],
        anchors: [await anchorAt(e.start, e.end)],
        inArticle: doc.isCaseArticle,
      });
      events.push(event.id);
    }
    return {
      actors: [...created.values()],
      quotes,
      events,
      /** What "start an argument from this quote" fills in. */
      quoteDetails: details,
      documentTitle: doc.title,
    };
  });
}

export type { Proposals };
