import type { Db } from "@/db/client";
import { getActorById } from "@/db/queries/actors";
import { getArgumentById } from "@/db/queries/arguments";
import { getArgumentVersion, getItemVersion, listArgumentVersions, listItemVersions } from "@/db/queries/versions";
import type { ItemVersionKind } from "@/lib/routes";
import { findCaseIdBySlug, getCaseBySlug, listCases } from "@/db/queries/cases";
import { getComparisonInput } from "@/db/queries/compare";
import { getDocumentById } from "@/db/queries/documents";
import { getEventById, listEvents } from "@/db/queries/events";
import { getQuoteById } from "@/db/queries/quotes";
import { getLegalSourceById, listLegalSources } from "@/db/queries/legal-sources";
import { getCaseGraph } from "@/db/queries/map";
import { getPositionById } from "@/db/queries/positions";
import type { LegalSourceKind } from "@/lib/bluebook";
import { readableIdSchema } from "@/lib/ids";
import { filterGraph, type MapFilter } from "@/lib/map-graph";
import { layoutFocus, layoutOverview } from "@/lib/map-layout";
import { lessonExists } from "./services/lessons";

/**
 * The reads of published content that are the same for every reader: each a function of
 * the database and plain arguments, answering null where there is nothing to show. Cached
 * for the app in server/public-reads.ts; called directly (`directReads`) where there is no
 * cache, as in the router tests.
 */
/** Whether a value from an address can name anything at all: the reads answer null without asking the database. */
export const isId = (id: string) => readableIdSchema.safeParse(id).success;
export const isLessonCode = (code: string) => /^[A-Za-z2-9]{6}$/.test(code);

export const publishedQueries = {
  caseList: (db: Db) => listCases(db),
  case: (db: Db, slug: string) => (isId(slug) ? getCaseBySlug(db, slug) : null),
  /** A case's events, or null when there is no such published case. */
  events: async (db: Db, slug: string) => {
    const caseId = isId(slug) ? await findCaseIdBySlug(db, slug) : null;
    return caseId ? listEvents(db, caseId) : null;
  },
  argument: (db: Db, id: string) => (isId(id) ? getArgumentById(db, id) : null),
  /** The published versions of an argument, oldest first; null unless it is published now. */
  argumentVersions: (db: Db, id: string) => (isId(id) ? listArgumentVersions(db, id) : null),
  /** One published version of an argument, as it was published. */
  argumentVersion: (db: Db, id: string, version: number) => (isId(id) ? getArgumentVersion(db, id, version) : null),
  /** The published versions of a case (by slug), position, legal source, event, quote or document. */
  itemVersions: (db: Db, kind: ItemVersionKind, id: string) => (isId(id) ? listItemVersions(db, kind, id) : null),
  /** One of those versions, as it was published. */
  itemVersion: (db: Db, kind: ItemVersionKind, id: string, version: number) =>
    isId(id) ? getItemVersion(db, kind, id, version) : null,
  position: (db: Db, id: string) => (isId(id) ? getPositionById(db, id) : null),
  document: (db: Db, id: string) => (isId(id) ? getDocumentById(db, id) : null),
  source: (db: Db, id: string) => (isId(id) ? getLegalSourceById(db, id) : null),
  actor: (db: Db, id: string) => (isId(id) ? getActorById(db, id) : null),
  event: (db: Db, id: string) => (isId(id) ? getEventById(db, id) : null),
  quote: (db: Db, id: string) => (isId(id) ? getQuoteById(db, id) : null),
  /** One page of the source list, without a text filter (text searches are per request). */
  sourceList: (db: Db, filter: { kind?: LegalSourceKind; limit: number; offset: number }) =>
    listLegalSources(db, filter),
  /** What a comparison is built from (the column order is applied per request, from the address). */
  comparisonInput: (db: Db, slug: string, positionIds: string[]) => getComparisonInput(db, slug, positionIds),
  /**
   * The case's argument graph for a filter, laid out as the overview by clash: at most 500
   * nodes, with a flag when trimmed, and what the filters offer.
   */
  mapGraph: async (db: Db, slug: string, filter: MapFilter) => {
    const caseId = isId(slug) ? await findCaseIdBySlug(db, slug) : null;
    if (!caseId) return null;
    const graph = await getCaseGraph(db, caseId);
    const { nodes, edges, clashes, total, trimmed } = filterGraph(graph, filter);
    const layout = await layoutOverview({ nodes, edges, clashes });
    return { nodes, edges, layout, total, trimmed, filters: graph.filters };
  },
  /** One argument's neighbourhood on the map, laid out; null unless it is a published argument of the case. */
  mapFocus: async (db: Db, slug: string, argumentId: string) => {
    const caseId = isId(slug) && isId(argumentId) ? await findCaseIdBySlug(db, slug) : null;
    if (!caseId) return null;
    const [graph, detail] = await Promise.all([getCaseGraph(db, caseId), getArgumentById(db, argumentId)]);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const focus = byId.get(argumentId);
    if (!detail || focus?.kind !== "argument") return null;
    const relations = graph.edges.filter((e) => e.kind !== "member");
    const layout = await layoutFocus({
      focus,
      incoming: relations.filter((e) => e.target === focus.id).map((edge) => ({ edge, node: byId.get(edge.source)! })),
      outgoing: relations.filter((e) => e.source === focus.id).map((edge) => ({ edge, node: byId.get(edge.target)! })),
      sources: detail.citations.map((c) => ({ key: c.id, id: c.source.id, label: c.formatted })),
      events: detail.events.map((e) => ({ id: e.id, label: e.title })),
      positionTitle: (id) => byId.get(id)?.label,
    });
    return {
      argument: { id: focus.id, claim: focus.label, positionId: focus.positionId, positionTitle: detail.positionTitle },
      layout,
    };
  },
  /** Whether a lesson code reaches a lesson (the lesson itself is per reader). */
  lessonExists: (db: Db, code: string) => (isLessonCode(code) ? lessonExists(db, code) : Promise.resolve(false)),
};

type Queries = typeof publishedQueries;
type WithoutDb<F> = F extends (db: Db, ...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/** The published reads with the database already chosen: cached (the app) or direct. */
export type PublishedReads = { [K in keyof Queries]: WithoutDb<Queries[K]> };

/** The reads straight from a database, uncached. */
export function directReads(db: Db): PublishedReads {
  return Object.fromEntries(
    Object.entries(publishedQueries).map(([name, query]) => [
      name,
      (...args: unknown[]) => Promise.resolve((query as (db: Db, ...a: unknown[]) => unknown)(db, ...args)),
    ]),
  ) as PublishedReads;
}
