import type { Route } from "next";

/** An address's query values by name; undefined, null and "" are left out. */
export type QueryValues = Record<string, string | number | null | undefined>;

interface Extras {
  query?: QueryValues;
  /** The id of the element to scroll to. */
  hash?: string | null;
}

function queryString(values: QueryValues = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value != null && value !== "") search.append(name, String(value));
  }
  // A comma is allowed in a query as it is, and lists of ids read better with it (`positions=a,b`).
  const text = search.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

function fragment(id: string | null | undefined): string {
  return id ? `#${encodeURIComponent(id)}` : "";
}

/**
 * An address of this app, for the helpers in `routes` and `adminRoutes`: its path segments,
 * each encoded so that an id never adds a "/", "?" or "#", then the query values that are
 * set, then the fragment.
 */
export function route(segments: readonly string[], { query, hash }: Extras = {}): Route {
  const path = segments.map((segment) => `/${encodeURIComponent(segment)}`).join("");
  return `${path}${queryString(query)}${fragment(hash)}` as Route;
}

/** The first segment of each versioned kind's pages. */
const VERSIONED_SEGMENT = {
  case: "cases",
  position: "positions",
  source: "sources",
  event: "events",
  quote: "quotes",
  document: "documents",
} as const;
/** The kinds besides arguments whose published versions have pages: /<kind's pages>/<id>/v/<n>. */
export type ItemVersionKind = keyof typeof VERSIONED_SEGMENT;

/** The public pages' addresses. Admin addresses are in lib/curation/routes.ts. */
export const routes = {
  argument: (id: string) => route(["arguments", id]),
  /** One published version of an argument, as it was published. */
  argumentVersion: (id: string, version: number) => route(["arguments", id, "v", String(version)]),
  /** One published version of a case (by slug), position, legal source, event, quote or document. */
  /** The page of a case (by slug), position, legal source, event, quote or document. */
  itemPage: (kind: ItemVersionKind, id: string) => route([VERSIONED_SEGMENT[kind], id]),
  itemVersion: (kind: ItemVersionKind, id: string, version: number) =>
    route([VERSIONED_SEGMENT[kind], id, "v", String(version)]),
  position: (id: string) => route(["positions", id]),
  event: (id: string) => route(["events", id]),
  quote: (id: string) => route(["quotes", id]),
  actor: (id: string) => route(["actors", id]),
  document: (id: string) => route(["documents", id]),
  source: (id: string) => route(["sources", id]),
  /** The list of legal sources: `kind`, `text`, `page`. */
  sources: (query?: QueryValues) => route(["sources"], { query }),
  /** A case's page, scrolled to one of its clashes when given. */
  case: (slug: string, clashId?: string) => route(["cases", slug], { hash: clashId }),
  /** A page's citation as a file for a reference manager (bibtex, ris, csl-json), of one version when given. */
  citationFile: (kind: string, id: string, format: string, version?: number) =>
    route(["cite", kind, id, format], { query: { version } }),
  /** The public API's reference (its OpenAPI document is at /api/v1/openapi.json). */
  developers: () => route(["developers"]),
  /** A case's Atom feed of published changes. */
  caseFeed: (slug: string) => route(["cases", slug, "feed.xml"]),
  /** The whole site's Atom feed of published changes. */
  siteFeed: () => route(["feed.xml"]),
  caseArticle: (slug: string, anchorId?: string | null) => route(["cases", slug, "article"], { hash: anchorId }),
  caseTimeline: (slug: string, eventId?: string) => route(["cases", slug, "timeline"], { hash: eventId }),
  /** A case's argument map: `position`, `source`, `event`, `relation`, `view`. */
  caseMap: (slug: string, query?: QueryValues) => route(["cases", slug, "map"], { query }),
  /** Positions side by side: `positions` (comma-separated ids), `blind`, `order`. */
  caseCompare: (slug: string, query: QueryValues) => route(["cases", slug, "compare"], { query }),
  /** Search results: `q`, `kind`, `case`, `sourceKind`, `page`. */
  search: (query: QueryValues) => route(["search"], { query }),
  /** A lesson as students join it. */
  lesson: (code: string) => route(["lesson", code]),
};
