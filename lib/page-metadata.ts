/**
 * What reference managers and the web read from a citable page (ADR 0034): Highwire
 * `citation_*` tags (Zotero's Embedded Metadata translator, Google Scholar), Dublin Core
 * (`DC.*`), OpenGraph and a Twitter card, and the canonical address. One description of the
 * page yields all of them, so they cannot disagree. Pure: the site's origin is passed in.
 */

export const SITE_NAME = "War Powers Explorer";

export interface CitablePage {
  /** The page's own path, e.g. /arguments/a-x: its canonical address is the site's origin plus this. */
  path: string;
  title: string;
  description: string;
  /** When the page's content last changed (YYYY-MM-DD). */
  updatedOn: string;
  /** What it is part of, e.g. the case's title. */
  partOf?: string;
  /** Who wrote it, when the page reproduces someone's work (a document). */
  authors?: string[];
  /** Dublin Core type: Text for pages of the explorer. */
  dcType?: string;
  /** An Atom feed of the page's changes, announced beside the site's own. */
  feed?: { path: string; title: string };
}

/** The tags as name → content(s), in the shape Next's `Metadata.other` renders as <meta name content>. */
export function citationTags(page: CitablePage, origin: string): Record<string, string | string[]> {
  const url = `${origin}${page.path}`;
  const tags: Record<string, string | string[]> = {
    citation_title: page.title,
    citation_publisher: SITE_NAME,
    // Highwire dates are YYYY/MM/DD.
    citation_publication_date: page.updatedOn.replaceAll("-", "/"),
    citation_online_date: page.updatedOn.replaceAll("-", "/"),
    citation_public_url: url,
    citation_abstract_html_url: url,
    citation_language: "en",
    "DC.title": page.title,
    "DC.publisher": SITE_NAME,
    "DC.date": page.updatedOn,
    "DC.identifier": url,
    "DC.type": page.dcType ?? "Text",
    "DC.format": "text/html",
    "DC.language": "en",
    "DC.description": page.description,
  };
  if (page.partOf) tags["DC.relation.ispartof"] = page.partOf;
  if (page.authors?.length) {
    tags.citation_author = page.authors;
    tags["DC.creator"] = page.authors;
  }
  return tags;
}

/** A page description cut to what a search result or a card shows, at a word. */
export function shortDescription(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}
