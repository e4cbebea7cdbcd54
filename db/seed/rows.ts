import { computeSelectors } from "@/lib/anchoring";
import { parseCitation } from "@/lib/bluebook";
import { CodePointText } from "@/lib/code-points";
import { noContentRows, type ContentRows } from "../content-model";
import type { SeedContent } from "./case-file";

/** Every row the seed writes, by table: the content model's rows (db/content-model.ts). */
export type SeedRows = ContentRows;

export const anchorIdFor = (ownerId: string) => `anchor-${ownerId}`;
export const citationIdFor = (argumentId: string, n: number) => `${argumentId}-cite-${n}`;
export const keyPassageIdFor = (legalSourceId: string, n: number) => `${legalSourceId}-passage-${n}`;
export const relationIdFor = (from: string, kind: string, to: string) => `${from}-${kind}-${to}`;
export const clashSideIdFor = (clashId: string, n: number) => `${clashId}-side-${n}`;

/**
 * Turns the case file into rows, checking as it goes: every reference must name an
 * existing id, every anchor must agree with the text (recomputed from the exact quote),
 * every citation must parse. Throws on the first problem, naming where it is.
 */
export function buildSeedRows({ file, articleText }: SeedContent): SeedRows {
  const caseId = file.case.slug;
  const published = { status: "published" as const };
  const known = (kind: string, list: { id: string }[]) => {
    const set = new Set(list.map((x) => x.id));
    return (ref: string, where: string) => {
      if (!set.has(ref)) throw new Error(`${where}: unknown ${kind} "${ref}"`);
      return ref;
    };
  };
  const actor = known("actor", file.actors);
  const source = known("legal source", file.legal_sources);
  const event = known("event", file.events);
  const position = known("position", file.positions);
  const argument = known("argument", file.arguments);
  const quote = known("quote", file.quotes);
  const clash = known("clash", file.clashes);

  const allIds = new Map<string, string>();
  for (const [kind, list] of Object.entries({
    actors: file.actors,
    legal_sources: file.legal_sources,
    events: file.events,
    positions: file.positions,
    arguments: file.arguments,
    quotes: file.quotes,
    clashes: file.clashes,
    questions: file.questions,
  })) {
    for (const item of list) {
      const seen = allIds.get(item.id);
      if (seen) throw new Error(`Duplicate id "${item.id}" in ${seen} and ${kind}`);
      allIds.set(item.id, kind);
    }
  }

  const doc = new CodePointText(articleText);
  const anchors: SeedRows["anchors"] = [];
  const anchorFor = (
    ownerId: string,
    exact: string,
    ref: { document: string; start: number; end: number; prefix: string; suffix: string },
    where: string,
  ) => {
    if (ref.document !== file.document.id)
      throw new Error(`${where}.anchor.document: unknown document "${ref.document}"`);
    const computed = computeSelectors(doc, exact, { prefix: ref.prefix, suffix: ref.suffix });
    for (const key of ["start", "end", "prefix", "suffix"] as const) {
      if (computed[key] !== ref[key]) {
        throw new Error(
          `${where}.anchor.${key}: the file says ${JSON.stringify(ref[key])}, the text gives ${JSON.stringify(computed[key])}`,
        );
      }
    }
    const id = anchorIdFor(ownerId);
    anchors.push({ id, documentId: ref.document, ...computed, ...published });
    return id;
  };

  // Tables the case file does not fill (an argument's own passages are marked in the editor) stay empty.
  const rows: SeedRows = {
    ...noContentRows(),
    cases: [
      {
        id: caseId,
        slug: caseId,
        title: file.case.title,
        summary: file.case.summary,
        startDate: file.case.start_date,
        endDate: file.case.end_date,
        dateNote: file.case.date_note ?? null,
        timelineStart: file.case.timeline_span?.start ?? null,
        timelineEnd: file.case.timeline_span?.end ?? null,
        nameVariants: file.case.name_variants,
        ...published,
      },
    ],
    documents: [
      {
        id: file.document.id,
        caseId,
        isCaseArticle: true,
        kind: file.document.kind,
        title: file.document.title,
        titleNote: file.document.title_note ?? null,
        publisher: file.document.publisher ?? null,
        publisherNote: file.document.publisher_note ?? null,
        publicationDate: file.document.publication_date ?? null,
        datePrecision: file.document.date_precision ?? null,
        dateApproximate: file.document.date_approximate,
        dateNote: file.document.date_note ?? null,
        url: file.document.url ?? null,
        language: file.document.language,
        text: articleText,
        sha256: file.document.sha256,
        lengthCodePoints: file.document.length_code_points,
        ...published,
      },
    ],
    anchors,
    actors: file.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      role: a.role ?? null,
      affiliation: a.affiliation ?? null,
      usState: a.state ?? null,
      aliases: a.aliases,
      summary: a.summary ?? null,
      ...published,
    })),
    legalSources: file.legal_sources.map((ls, i) => {
      const where = `legal_sources[${i}] (${ls.id})`;
      return {
        id: ls.id,
        parentId: ls.parent ? source(ls.parent, `${where}.parent`) : null,
        kind: ls.kind,
        shortTitle: ls.short_title,
        citation: ls.citation,
        citationParts: parseCitation(ls.kind, ls.citation),
        citationNote: ls.citation_note ?? null,
        date: ls.date,
        datePrecision: ls.date_precision,
        dateNote: ls.date_note ?? null,
        url: ls.url ?? null,
        urlNote: ls.url_note ?? null,
        additionalUrls: ls.additional_urls,
        mirrorUrl: ls.mirror_url ?? null,
        mirrorNote: ls.mirror_note ?? null,
        summary: ls.summary,
        alsoKnownAs: ls.also_known_as,
        relatedCitations: ls.related_citations,
        actSection: ls.act_section ?? null,
        enactedBy: ls.enacted_by ?? null,
        legalStatus: ls.status ?? null,
        repealedById: ls.repealed_by ? source(ls.repealed_by, `${where}.repealed_by`) : null,
        history: ls.history,
        verification: ls.verification,
        unconfirmed: ls.unconfirmed,
        ...published,
      };
    }),
    legalSourceActors: file.legal_sources.flatMap((ls, i) =>
      (["authors", "addressees", "sponsors"] as const).flatMap((field) =>
        ls[field].map((actorId, n) => ({
          legalSourceId: ls.id,
          actorId: actor(actorId, `legal_sources[${i}].${field}[${n}]`),
          role: ({ authors: "author", addressees: "addressee", sponsors: "sponsor" } as const)[field],
          sortOrder: n,
        })),
      ),
    ),
    keyPassages: file.legal_sources.flatMap((ls) =>
      ls.key_passages.map((k, n) => ({
        id: keyPassageIdFor(ls.id, n + 1),
        legalSourceId: ls.id,
        pinpoint: k.pinpoint,
        opinion: k.opinion ?? null,
        text: k.text,
        verification: k.verification,
        sortOrder: n,
        ...published,
      })),
    ),
    positions: file.positions.map((p, i) => ({
      id: p.id,
      caseId,
      title: p.title,
      summary: p.summary,
      stance: p.stance_on_legality,
      legalFrame: p.legal_frame,
      sortOrder: i,
      ...published,
    })),
    positionActors: file.positions.flatMap((p, i) => [
      ...p.holders.map((a, n) => ({
        positionId: p.id,
        actorId: actor(a, `positions[${i}].holders[${n}]`),
        role: "holder" as const,
        sortOrder: n,
      })),
      ...p.discussed_by.map((a, n) => ({
        positionId: p.id,
        actorId: actor(a, `positions[${i}].discussed_by[${n}]`),
        role: "discussant" as const,
        sortOrder: n,
      })),
    ]),
    arguments: file.arguments.map((a, i) => ({
      id: a.id,
      positionId: position(a.position, `arguments[${i}].position`),
      claim: a.claim,
      explanation: a.explanation,
      derivedFrom: a.derived_from ?? null,
      placementNote: a.placement_note ?? null,
      sortOrder: i,
      ...published,
    })),
    argumentAttributions: file.arguments.flatMap((a, i) =>
      a.attributed_to.map((actorId, n) => ({
        argumentId: a.id,
        actorId: actor(actorId, `arguments[${i}].attributed_to[${n}]`),
        sortOrder: n,
      })),
    ),
    events: file.events.map((e) => ({
      id: e.id,
      caseId,
      title: e.title,
      kind: e.kind,
      date: e.date,
      endDate: e.end_date ?? null,
      datePrecision: e.date_precision,
      dateNote: e.date_note ?? null,
      timeZoneNote: e.time_zone_note ?? null,
      place: e.place ?? null,
      summary: e.summary,
      inArticle: e.in_article,
      articleNote: e.article_note ?? null,
      verification: e.verification ?? null,
      unconfirmedDetails: e.unconfirmed_details,
      ...published,
    })),
    eventActors: file.events.flatMap((e, i) =>
      e.actors.map((a, n) => ({ eventId: e.id, actorId: actor(a, `events[${i}].actors[${n}]`), sortOrder: n })),
    ),
    eventLegalSources: file.events.flatMap((e, i) =>
      e.sources.map((ls, n) => ({
        eventId: e.id,
        legalSourceId: source(ls, `events[${i}].sources[${n}]`),
        sortOrder: n,
      })),
    ),
    eventAnchors: file.events.flatMap((e, i) => {
      const where = `events[${i}] (${e.id})`;
      if (e.in_article !== Boolean(e.anchor))
        throw new Error(`${where}: in_article must be true exactly when the event has an anchor`);
      if (!e.anchor) return [];
      if (!e.article_quote) throw new Error(`${where}: an anchored event needs its article_quote`);
      return [{ eventId: e.id, anchorId: anchorFor(e.id, e.article_quote, e.anchor, where), sortOrder: 0 }];
    }),
    quotes: file.quotes.map((q, i) => {
      const where = `quotes[${i}] (${q.id})`;
      if (q.in_article !== Boolean(q.anchor))
        throw new Error(`${where}: in_article must be true exactly when the quote has an anchor`);
      if (!q.anchor && doc.occurrences(q.text).length > 0)
        throw new Error(`${where}: the quote appears in the article but has no anchor`);
      return {
        id: q.id,
        caseId,
        speakerId: actor(q.speaker, `${where}.speaker`),
        text: q.text,
        date: q.date ?? null,
        datePrecision: q.date_precision ?? null,
        dateApproximate: q.date_approximate,
        dateNote: q.date_note ?? null,
        anchorId: q.anchor ? anchorFor(q.id, q.text, q.anchor, where) : null,
        inArticle: q.in_article,
        fragment: q.fragment,
        textNote: q.text_note ?? null,
        sourceUrl: q.source_url ?? null,
        reportedBy: q.reported_by ?? null,
        attributionNote: q.attribution_note ?? null,
        variantOfId: q.variant_of ? quote(q.variant_of, `${where}.variant_of`) : null,
        excerptOfId: q.excerpt_of ? quote(q.excerpt_of, `${where}.excerpt_of`) : null,
        unconfirmed: q.unconfirmed,
        ...published,
      };
    }),
    quoteEvents: file.quotes.flatMap((q, i) =>
      q.events.map((e, n) => ({ quoteId: q.id, eventId: event(e, `quotes[${i}].events[${n}]`), sortOrder: n })),
    ),
    citations: file.arguments.flatMap((a, i) =>
      a.sources.map((c, n) => ({
        id: citationIdFor(a.id, n + 1),
        argumentId: a.id,
        legalSourceId: source(c.source, `arguments[${i}].sources[${n}].source`),
        pinpoint: c.pinpoint ?? null,
        use: c.use,
        sortOrder: n,
        ...published,
      })),
    ),
    argumentEvents: file.arguments.flatMap((a, i) =>
      a.events.map((e, n) => ({ argumentId: a.id, eventId: event(e, `arguments[${i}].events[${n}]`), sortOrder: n })),
    ),
    argumentQuotes: file.arguments.flatMap((a, i) =>
      a.quotes.map((q, n) => ({ argumentId: a.id, quoteId: quote(q, `arguments[${i}].quotes[${n}]`), sortOrder: n })),
    ),
    argumentRelations: file.argument_relations.map((r, i) => {
      const where = `argument_relations[${i}]`;
      const fromKind = allIds.get(r.from);
      const toKind = allIds.get(r.to);
      if (fromKind !== "arguments" && fromKind !== "positions")
        throw new Error(`${where}.from: "${r.from}" is not an argument or position`);
      if (toKind !== "arguments" && toKind !== "positions" && toKind !== "events") {
        throw new Error(`${where}.to: "${r.to}" is not an argument, position or event`);
      }
      return {
        id: relationIdFor(r.from, r.kind, r.to),
        fromArgumentId: fromKind === "arguments" ? r.from : null,
        fromPositionId: fromKind === "positions" ? r.from : null,
        toArgumentId: toKind === "arguments" ? r.to : null,
        toPositionId: toKind === "positions" ? r.to : null,
        toEventId: toKind === "events" ? r.to : null,
        kind: r.kind,
        note: r.note ?? null,
        inferred: r.inferred,
        sortOrder: i,
        ...published,
      };
    }),
    clashes: file.clashes.map((c, i) => ({ id: c.id, caseId, question: c.question, sortOrder: i, ...published })),
    clashSides: file.clashes.flatMap((c) =>
      c.sides.map((side, n) => ({
        id: clashSideIdFor(c.id, n + 1),
        clashId: c.id,
        label: side.label,
        sortOrder: n,
        ...published,
      })),
    ),
    clashSideArguments: file.clashes.flatMap((c, i) =>
      c.sides.flatMap((side, n) =>
        side.arguments.map((a, k) => ({
          clashSideId: clashSideIdFor(c.id, n + 1),
          argumentId: argument(a, `clashes[${i}].sides[${n}].arguments[${k}]`),
          sortOrder: k,
        })),
      ),
    ),
    clashSidePositions: file.clashes.flatMap((c, i) =>
      c.sides.flatMap((side, n) =>
        side.positions.map((p, k) => ({
          clashSideId: clashSideIdFor(c.id, n + 1),
          positionId: position(p, `clashes[${i}].sides[${n}].positions[${k}]`),
          sortOrder: k,
        })),
      ),
    ),
    prompts: file.questions.map((q, i) => ({ id: q.id, caseId, prompt: q.prompt, sortOrder: i, ...published })),
    promptClashes: file.questions.flatMap((q, i) =>
      q.clashes.map((c, n) => ({ promptId: q.id, clashId: clash(c, `questions[${i}].clashes[${n}]`), sortOrder: n })),
    ),
  };
  return rows;
}
