import { z } from "zod";
import { actorKind } from "@/db/schema/actors";
import { citationUse } from "@/db/schema/arguments";
import { datePrecision } from "@/db/schema/_columns";
import { eventKind } from "@/db/schema/events";
import { legalSourceKind } from "@/db/schema/legal-sources";
import { legalFrame, legalStance } from "@/db/schema/positions";
import { SEARCH_KINDS } from "@/lib/search-query";

/**
 * The public API's answers as they go over the wire (JSON: dates as ISO strings), one zod
 * schema each. The handler parses every answer through its schema before it is sent, which
 * keeps out whatever the pages read and the API does not promise; the OpenAPI document is
 * generated from these same schemas (server/rest/openapi.ts). `id` in .meta() names the
 * schema in the document's components.
 */

const id = z.string().meta({ description: "A readable id", example: "a-declare-war-clause-congress-decides" });
const day = z.string().meta({ description: "A day, YYYY-MM-DD", example: "2021-02-25" });
const partialDate = z.string().meta({ description: "A date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY" });
const timestamp = z.string().meta({ description: "An instant, ISO 8601 in UTC", example: "2026-12-04T10:00:00.000Z" });
const precision = z.enum(datePrecision.enumValues);

export const caseSummarySchema = z
  .object({
    id,
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    startDate: partialDate.nullable(),
    endDate: partialDate.nullable(),
  })
  .meta({ id: "CaseSummary", description: "A published case, as listed." });

const actorRef = z.object({ id, name: z.string(), kind: z.enum(actorKind.enumValues) });
const argumentRef = z.object({ id, claim: z.string() });

export const caseSchema = caseSummarySchema
  .extend({
    dateNote: z.string().nullable(),
    updatedOn: day.meta({ description: "The day the case's own record last changed" }),
    article: z
      .object({ id, title: z.string() })
      .nullable()
      .meta({ description: "The document the case is built from" }),
    positions: z.array(
      z.object({
        id,
        title: z.string(),
        summary: z.string(),
        stance: z.enum(legalStance.enumValues),
        legalFrame: z.enum(legalFrame.enumValues),
        holders: z.array(actorRef),
        arguments: z.array(argumentRef),
      }),
    ),
    clashes: z.array(
      z.object({
        id,
        question: z.string(),
        sides: z.array(
          z.object({
            id,
            label: z.string(),
            positions: z.array(z.object({ id, title: z.string() })),
            arguments: z.array(argumentRef.extend({ positionId: id.nullable() })),
          }),
        ),
      }),
    ),
    counts: z.object({
      positions: z.number().int(),
      arguments: z.number().int(),
      legalSources: z.number().int(),
      events: z.number().int(),
      quotes: z.number().int(),
      clashes: z.number().int(),
    }),
  })
  .meta({ id: "Case", description: "A case with its positions, their arguments and the clashes between them." });

const eventRef = z.object({
  id,
  title: z.string(),
  kind: z.enum(eventKind.enumValues),
  date: partialDate,
  endDate: partialDate.nullable(),
  datePrecision: precision,
  place: z.string().nullable(),
});

export const eventListSchema = z
  .array(eventRef.extend({ summary: z.string().nullable() }))
  .meta({ id: "EventList", description: "A case's events, in date order." });

export const eventSchema = eventRef
  .extend({
    summary: z.string(),
    caseSlug: z.string(),
    caseTitle: z.string(),
    updatedOn: day,
    actors: z.array(z.object({ id, name: z.string() })),
    anchors: z
      .array(z.object({ id, documentId: id, exact: z.string(), start: z.number().int(), end: z.number().int() }))
      .meta({ description: "The passages of documents that mention it (code-point offsets, end exclusive)" }),
    legalSources: z.array(z.object({ id, shortTitle: z.string(), citation: z.string() })),
    arguments: z.array(argumentRef),
    quotes: z.array(
      z.object({
        id,
        text: z.string(),
        date: partialDate.nullable(),
        datePrecision: precision.nullable(),
        speaker: z.object({ id, name: z.string() }),
      }),
    ),
  })
  .meta({
    id: "Event",
    description: "An event: when and where, who took part, the record, the law and the arguments.",
  });

export const quoteSchema = z
  .object({
    id,
    text: z.string().meta({ description: "Verbatim" }),
    date: partialDate.nullable(),
    datePrecision: precision.nullable(),
    fragment: z.boolean().meta({ description: "Part of a sentence, not all of it" }),
    speaker: z.object({ id, name: z.string(), role: z.string().nullable() }),
    caseSlug: z.string(),
    caseTitle: z.string(),
    updatedOn: day,
    anchor: z
      .object({
        documentId: id,
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
        start: z.number().int(),
        end: z.number().int(),
      })
      .nullable()
      .meta({ description: "Where the words stand in their document, with the words around them" }),
    document: z.object({ id, title: z.string(), publisher: z.string().nullable() }).nullable(),
    events: z.array(eventRef.pick({ id: true, title: true, date: true, endDate: true, datePrecision: true })),
    arguments: z.array(argumentRef),
  })
  .meta({
    id: "Quote",
    description: "A quote, verbatim, with its speaker, its place in the record and what it is used for.",
  });

export const positionSchema = z
  .object({
    id,
    title: z.string(),
    summary: z.string(),
    stance: z.enum(legalStance.enumValues),
    legalFrame: z.enum(legalFrame.enumValues),
    caseSlug: z.string(),
    caseTitle: z.string(),
    updatedOn: day,
    holders: z.array(actorRef.extend({ role: z.string().nullable() })),
    arguments: z.array(
      argumentRef.extend({
        explanation: z.string(),
        citationCount: z.number().int(),
        eventCount: z.number().int(),
      }),
    ),
    clashes: z.array(z.object({ id, question: z.string(), sides: z.array(z.object({ id, label: z.string() })) })),
  })
  .meta({ id: "Position", description: "A position, who holds it, and its arguments." });

export const argumentSchema = z
  .object({
    id,
    claim: z.string(),
    explanation: z.string(),
    positionId: id.nullable(),
    positionTitle: z.string().nullable(),
    caseSlug: z.string(),
    caseTitle: z.string(),
    updatedOn: day,
    citations: z
      .array(
        z.object({
          id,
          pinpoint: z.string().nullable(),
          use: z.enum(citationUse.enumValues),
          note: z.string().nullable(),
          formatted: z.string().meta({ description: "The Bluebook citation with its pinpoint" }),
          source: z.object({
            id,
            kind: z.enum(legalSourceKind.enumValues),
            shortTitle: z.string(),
            citation: z.string(),
            url: z.string().nullable(),
          }),
        }),
      )
      .meta({ description: "The legal sources the argument rests on, with pinpoint cites" }),
    events: z.array(eventRef),
    quotes: z.array(
      z.object({
        id,
        text: z.string().meta({ description: "Verbatim" }),
        date: partialDate.nullable(),
        datePrecision: precision.nullable(),
        speaker: z.object({ id, name: z.string() }).nullable(),
        anchor: z
          .object({
            documentId: id,
            exact: z.string(),
            start: z.number().int().meta({ description: "Code-point offset into the document, inclusive" }),
            end: z.number().int().meta({ description: "Code-point offset, exclusive" }),
          })
          .nullable(),
      }),
    ),
    clashes: z.array(z.object({ id, question: z.string(), sideId: id, sideLabel: z.string() })),
  })
  .meta({ id: "Argument", description: "An argument with its legal sources, quotes and events." });

export const argumentVersionsSchema = z
  .array(z.object({ version: z.number().int().min(1), publishedAt: timestamp, current: z.boolean() }))
  .meta({ id: "ArgumentVersions", description: "The argument's published versions, oldest first." });

export const argumentVersionSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    publishedAt: timestamp,
    publishedOn: day,
    claim: z.string(),
    explanation: z.string(),
    position: z.object({ id, title: z.string() }).nullable(),
    caseSlug: z.string(),
    caseTitle: z.string(),
    currentVersion: z.number().int().min(1),
    isCurrent: z.boolean(),
  })
  .meta({ id: "ArgumentVersion", description: "An argument's words as published at one version." });

const sourceFields = {
  id,
  kind: z.enum(legalSourceKind.enumValues),
  shortTitle: z.string(),
  citation: z.string().meta({ description: "Bluebook form" }),
  date: partialDate.nullable(),
  datePrecision: precision.nullable(),
};

export const sourceListSchema = z
  .object({
    items: z.array(z.object({ ...sourceFields, citationCount: z.number().int() })),
    total: z.number().int(),
  })
  .meta({ id: "SourceList", description: "A page of the legal-source library." });

export const sourceSchema = z
  .object({
    ...sourceFields,
    url: z.string().nullable(),
    summary: z.string().nullable(),
    updatedOn: day,
    keyPassages: z.array(z.object({ id, pinpoint: z.string().nullable(), text: z.string(), citation: z.string() })),
    citedBy: z
      .array(
        z.object({
          caseSlug: z.string(),
          caseTitle: z.string(),
          positions: z.array(
            z.object({
              id,
              title: z.string(),
              arguments: z.array(
                argumentRef.extend({
                  citations: z.array(
                    z.object({
                      pinpoint: z.string().nullable(),
                      use: z.enum(citationUse.enumValues),
                      formatted: z.string(),
                    }),
                  ),
                }),
              ),
            }),
          ),
        }),
      )
      .meta({ description: "Every published argument that cites it, by case and position" }),
  })
  .meta({ id: "Source", description: "A legal source, its key passages, and everything that cites it." });

const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id,
  title: z.string(),
  caseSlug: z.string().nullable(),
  anchorId: id.nullable().meta({ description: "For a quote or event: its passage in the article" }),
  speakerId: id.nullable(),
});

export const searchResultSchema = z
  .object({
    query: z.string().meta({ description: "The query as searched (near spellings may replace words)" }),
    fuzzy: z.boolean(),
    total: z.number().int(),
    hits: z.array(searchHit.extend({ caseTitle: z.string().nullable(), snippet: z.string(), rank: z.number() })),
  })
  .meta({ id: "SearchResult", description: "One page of search hits, best first." });

export const suggestionsSchema = z
  .array(searchHit)
  .meta({ id: "Suggestions", description: "A handful of best matches, for search-as-you-type." });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "NOT_FOUND" }),
      message: z.string(),
    }),
  })
  .meta({ id: "Error", description: "Why the request was refused." });
