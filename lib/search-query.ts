import type { Route } from "next";
import type { LegalSourceKind } from "./bluebook";
import { routes } from "./routes";

export const SEARCH_KINDS = ["argument", "position", "legal_source", "event", "quote", "actor", "document"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One search result, whatever its kind. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  caseSlug: string | null;
  caseTitle: string | null;
  sourceKind: LegalSourceKind | null;
  title: string;
  /** Text around the match, with HIGHLIGHT_START/END around matched words. */
  snippet: string;
  rank: number;
  /** The anchor of a quote in its case's article, when it has one. */
  anchorId: string | null;
  /** A quote's speaker. */
  speakerId: string | null;
  /** A legal source's full Bluebook citation: the line a lawyer scans for. */
  citation: string | null;
  /** True when the hit holds most of the query's words but not all (see SearchResult.partial). */
  partial: boolean;
}

/**
 * Prepares what a reader typed for PostgreSQL's websearch_to_tsquery, keeping legal
 * citations findable: "§1543(a)" and "§ 1543(a)" both become "1543(a)"-style tokens the
 * stored vectors also hold; "art.II" becomes "art. II".
 */
export function normalizeSearchText(input: string): string {
  // Only the first 200 characters are kept: cut early, so a huge input costs nothing more.
  return input
    .slice(0, 1000)
    .normalize("NFKC")
    .replace(/§+\s*/g, "§ ")
    .replace(/\b(art|cl|amend)\.(?=\S)/gi, "$1. ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}

/** The markers ts_headline puts around matches; the page turns them into <mark>. */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_END = "\u0002";

/**
 * Splits a snippet into plain and highlighted pieces, never trusting it as HTML. Scans with
 * indexOf, one pass: a regex searched from every start marker in turn, which made a run of
 * unclosed markers quadratic.
 */
export function splitHighlights(snippet: string): { text: string; highlighted: boolean }[] {
  const out: { text: string; highlighted: boolean }[] = [];
  let last = 0;
  for (;;) {
    const start = snippet.indexOf(HIGHLIGHT_START, last);
    const end = start === -1 ? -1 : snippet.indexOf(HIGHLIGHT_END, start + 1);
    if (end === -1) break;
    if (start > last) out.push({ text: snippet.slice(last, start), highlighted: false });
    out.push({ text: snippet.slice(start + 1, end), highlighted: true });
    last = end + 1;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), highlighted: false });
  return out
    .map((p) => ({ ...p, text: p.text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "") }))
    .filter((p) => p.text.length > 0);
}

/** Where a search result leads. Events and quotes always belong to a case, and quotes to a speaker. */
export function searchHitHref(hit: Pick<SearchHit, "kind" | "id" | "caseSlug" | "anchorId" | "speakerId">): Route {
  switch (hit.kind) {
    case "argument":
      return routes.argument(hit.id);
    case "position":
      return routes.position(hit.id);
    case "legal_source":
      return routes.source(hit.id);
    case "event":
      return routes.caseTimeline(hit.caseSlug!, hit.id);
    case "quote":
      return hit.anchorId ? routes.caseArticle(hit.caseSlug!, hit.anchorId) : routes.actor(hit.speakerId!);
    case "actor":
      return routes.actor(hit.id);
    case "document":
      return routes.document(hit.id);
  }
}

/**
 * A section pinpoint in a query and the sections that hold it: "§ 1543(a)(1)" → "§ 1543(a)(1)",
 * "§ 1543(a)", "§ 1543". A source cited at one of them ("50 U.S.C. § 1543(a)") holds the text asked for.
 * "section 1543(a)" and "sec. 1543(a)" name it as "§ 1543(a)" does.
 */
export function pinpointForms(text: string): string[] {
  const m = /(?:§|\bsec(?:tion|\.)?)\s*(\d+[a-z]?)((?:\([a-z0-9]+\))*)/i.exec(text);
  if (!m) return [];
  const parts = m[2]!.match(/\([a-z0-9]+\)/gi) ?? [];
  return parts.map((_, i) => `§ ${m[1]}${parts.slice(0, parts.length - i).join("")}`).concat(`§ ${m[1]}`);
}
