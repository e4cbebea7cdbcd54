import { z } from "zod";
import { LEGAL_SOURCE_KINDS } from "@/lib/bluebook";
import { readableIdSchema, slugSchema } from "@/lib/ids";
import { SEARCH_KINDS } from "@/lib/search-query";
import type { createCaller } from "../root";
import { searchInput } from "../routers/search";
import { legalSourceListInput } from "../routers/legal-source";
import * as s from "./schemas";

type Caller = ReturnType<typeof createCaller>;

/** What an answer is on the wire: JSON.stringify turns dates into ISO strings. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** One GET endpoint of the public API: its address, what it takes, what it answers, and the procedure that answers. */
export interface Endpoint {
  /** The path under /api/v1, OpenAPI-style: /cases/{slug}. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: "Cases" | "Arguments" | "Sources" | "Search";
  params?: AnyObject;
  query?: AnyObject;
  output: z.ZodType;
  /** What a request looks like, for the reference page's curl example. */
  example: string;
  call(api: Caller, input: Record<string, unknown>): Promise<unknown>;
}

/**
 * Declares an endpoint, checked by the compiler: the procedure's answer, as JSON, must be
 * something the output schema accepts, so a change to a query that the API does not follow
 * fails the typecheck (and the contract test checks the same at run time).
 */
function endpoint<P extends AnyObject, Q extends AnyObject, O extends z.ZodType, R>(e: {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: Endpoint["tag"];
  params?: P;
  query?: Q;
  output: O;
  example: string;
  call(api: Caller, input: z.output<P> & z.output<Q>): Promise<R & (Jsonified<R> extends z.input<O> ? unknown : never)>;
}): Endpoint {
  return e as unknown as Endpoint;
}

/** Whole numbers from a query string ("2"), with the bounds of the procedure's own input. */
const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const slugParam = z.object({
  slug: slugSchema.meta({ description: "The case's slug", example: "2021-syria-border-strikes" }),
});
const idParam = z.object({ id: readableIdSchema.meta({ description: "The item's id" }) });

export const ENDPOINTS: Endpoint[] = [
  endpoint({
    path: "/cases",
    operationId: "listCases",
    summary: "List the cases",
    description: "Every published case, newest first.",
    tag: "Cases",
    output: z.array(s.caseSummarySchema),
    example: "/cases",
    call: (api) => api.case.list(),
  }),
  endpoint({
    path: "/cases/{slug}",
    operationId: "getCase",
    summary: "Get a case",
    description: "A case with its positions, each position's arguments, and the clashes between them.",
    tag: "Cases",
    params: slugParam,
    output: s.caseSchema,
    example: "/cases/2021-syria-border-strikes",
    call: (api, { slug }) => api.case.bySlug({ slug }),
  }),
  endpoint({
    path: "/cases/{slug}/events",
    operationId: "listCaseEvents",
    summary: "List a case's events",
    description: "The case's timeline: every published event, in date order, with its date's precision.",
    tag: "Cases",
    params: slugParam,
    output: s.eventListSchema,
    example: "/cases/2021-syria-border-strikes/events",
    call: (api, { slug }) => api.event.list({ caseSlug: slug }),
  }),
  endpoint({
    path: "/events/{id}",
    operationId: "getEvent",
    summary: "Get an event",
    description:
      "An event with its date and precision, who took part, the passages that mention it, the law involved, what was said of it and the arguments resting on it.",
    tag: "Cases",
    params: idParam,
    output: s.eventSchema,
    example: "/events/e-2021-02-25-strikes",
    call: (api, { id }) => api.event.byId({ id }),
  }),
  endpoint({
    path: "/quotes/{id}",
    operationId: "getQuote",
    summary: "Get a quote",
    description:
      "A quote, verbatim, with its speaker, where it stands in its document, and what it speaks of and voices.",
    tag: "Cases",
    params: idParam,
    output: s.quoteSchema,
    example: "/quotes/q-kaine-2021-02-26-not-constitutional",
    call: (api, { id }) => api.quote.byId({ id }),
  }),
  endpoint({
    path: "/positions/{id}",
    operationId: "getPosition",
    summary: "Get a position",
    description: "A position, who holds it, its arguments and the clashes it takes part in.",
    tag: "Arguments",
    params: idParam,
    output: s.positionSchema,
    example: "/positions/p-kaine-unconstitutional",
    call: (api, { id }) => api.position.byId({ id }),
  }),
  endpoint({
    path: "/arguments/{id}",
    operationId: "getArgument",
    summary: "Get an argument",
    description:
      "An argument with the legal sources it rests on (with pinpoint cites), the quotes and events it draws on, and its clashes.",
    tag: "Arguments",
    params: idParam,
    output: s.argumentSchema,
    example: "/arguments/a-declare-war-clause-congress-decides",
    call: (api, { id }) => api.argument.byId({ id }),
  }),
  endpoint({
    path: "/arguments/{id}/versions",
    operationId: "listArgumentVersions",
    summary: "List an argument's published versions",
    description: "Every version readers could have read, oldest first; each has its own page at /arguments/{id}/v/{n}.",
    tag: "Arguments",
    params: idParam,
    output: s.argumentVersionsSchema,
    example: "/arguments/a-declare-war-clause-congress-decides/versions",
    call: (api, { id }) => api.argument.versions({ id }),
  }),
  endpoint({
    path: "/arguments/{id}/versions/{version}",
    operationId: "getArgumentVersion",
    summary: "Get one published version of an argument",
    description: "The argument's words as they were published at that version, and the current version's number.",
    tag: "Arguments",
    params: idParam.extend({ version: wholeNumber(1, 1_000_000).meta({ description: "The version number, from 1" }) }),
    output: s.argumentVersionSchema,
    example: "/arguments/a-declare-war-clause-congress-decides/versions/1",
    call: (api, { id, version }) => api.argument.version({ id, version }),
  }),
  endpoint({
    path: "/sources",
    operationId: "listSources",
    summary: "List legal sources",
    description: "A page of the legal-source library, optionally of one kind or matching a text.",
    tag: "Sources",
    query: z.object({
      kind: z.enum(LEGAL_SOURCE_KINDS).optional(),
      q: legalSourceListInput.shape.text.meta({ description: "Text to match in titles and citations" }),
      limit: wholeNumber(1, 500).default(100),
      offset: wholeNumber(0, 1_000_000).default(0),
    }),
    output: s.sourceListSchema,
    example: "/sources?kind=constitution",
    call: (api, { kind, q, limit, offset }) => api.legalSource.list({ kind, text: q, limit, offset }),
  }),
  endpoint({
    path: "/sources/{id}",
    operationId: "getSource",
    summary: "Get a legal source",
    description: "A legal source in Bluebook form, its key passages, and every published argument that cites it.",
    tag: "Sources",
    params: idParam,
    output: s.sourceSchema,
    example: "/sources/const-art1-s8-c11",
    call: (api, { id }) => api.legalSource.byId({ id }),
  }),
  endpoint({
    path: "/search",
    operationId: "search",
    summary: "Search",
    description:
      "Full-text search over arguments, positions, legal sources, events, quotes, people and documents, with near spellings when nothing matches.",
    tag: "Search",
    query: z.object({
      q: searchInput.shape.q.meta({ description: "What to search for", example: "Kaine" }),
      kind: z.enum(SEARCH_KINDS).optional(),
      case: searchInput.shape.caseSlug.meta({ description: "Only this case (its slug)" }),
      page: wholeNumber(1, 1000).default(1),
      pageSize: wholeNumber(1, 50).default(20),
    }),
    output: s.searchResultSchema,
    example: "/search?q=Kaine",
    call: (api, { q, kind, case: caseSlug, page, pageSize }) => api.search.query({ q, kind, caseSlug, page, pageSize }),
  }),
  endpoint({
    path: "/search/suggest",
    operationId: "suggest",
    summary: "Suggest as you type",
    description: "At most eight best matches for a partial query, for search-as-you-type.",
    tag: "Search",
    query: z.object({ q: z.string().trim().min(2, "type at least two characters").max(200) }),
    output: s.suggestionsSchema,
    example: "/search/suggest?q=Kai",
    call: (api, { q }) => api.search.suggest({ q }),
  }),
];
