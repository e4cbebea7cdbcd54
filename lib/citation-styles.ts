import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { CHICAGO_WEB_CSL } from "./csl/chicago-web";
import { SITE_NAME } from "./page-metadata";

/**
 * Citations of the explorer's pages in the styles researchers use and the files reference
 * managers import, all from one CSL-JSON item (ADR 0036). APA 7 is citation-js's own CSL
 * style; Chicago is the CSL style in lib/csl/; both are formatted by the CSL engine, never
 * by hand. Bluebook, which no CSL style does well for web pages, stays in lib/page-citation.ts.
 */

/** A page of the explorer as a work to cite. */
export interface CitableWork {
  /** Names the item in a reference manager and in BibTeX (e.g. wpe-argument-a-x-v2). */
  key: string;
  title: string;
  /** The address cited: a version's own when versions are kept. */
  url: string;
  /** The day it was published (a version) or last changed (YYYY-MM-DD). */
  day: string;
  version?: number;
  /** A sentence on what it is and where it belongs, kept as the item's note. */
  context?: string | null;
  /** A title whose capitals are fixed (a legal citation): no style may change its case. */
  fixedCase?: boolean;
}

export const CITATION_STYLES = ["apa", "chicago"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CITATION_STYLE_LABELS: Record<CitationStyle | "bluebook", string> = {
  bluebook: "Bluebook",
  apa: "APA 7",
  chicago: "Chicago",
};

const CSL_STYLE: Record<CitationStyle, string> = { apa: "apa", chicago: "war-powers-explorer-chicago" };

const cslStyles = plugins.config.get("@csl").styles;
if (!cslStyles.has(CSL_STYLE.chicago)) cslStyles.add(CSL_STYLE.chicago, CHICAGO_WEB_CSL);

/** The files a reference manager imports: what each is called and sent as. */
export const CITATION_FILES = {
  bibtex: { label: "BibTeX", extension: "bib", contentType: "application/x-bibtex; charset=utf-8" },
  ris: { label: "RIS", extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8" },
  "csl-json": { label: "CSL-JSON", extension: "json", contentType: "application/vnd.citationstyles.csl+json" },
} as const;
export type CitationFileFormat = keyof typeof CITATION_FILES;
export const CITATION_FILE_FORMATS = Object.keys(CITATION_FILES) as CitationFileFormat[];

type DateParts = { "date-parts": [[number, number, number]] };
const dateParts = (day: string): DateParts => {
  const [y, m, d] = day.split("-").map(Number);
  return { "date-parts": [[y!, m!, d!]] };
};

/** The work as a CSL-JSON item: a web page of the site, with no personal author. */
export function cslItem(work: CitableWork, forStyle = false) {
  // A BibTeX label allows letters, digits and underscores only.
  const key = work.key.replace(/[^A-Za-z0-9_]/g, "_");
  return {
    id: key,
    "citation-key": key,
    type: "webpage",
    title: forStyle ? styledTitle(work) : work.title,
    "container-title": SITE_NAME,
    URL: work.url,
    issued: dateParts(work.day),
    ...(work.version === undefined ? {} : { version: String(work.version) }),
    ...(work.context ? { note: work.context } : {}),
  };
}

/**
 * The title as CSL rich text: what looks like markup (<i>) stays text, and a fixed-case
 * title is marked so that a style's title case leaves it alone ("cl.", not "Cl.").
 * formatCitation turns the escapes back into characters.
 */
function styledTitle(work: CitableWork): string {
  // Only "<" opens markup; escaping just it keeps the title's last character its own (a
  // style adds no period after a title that ends in punctuation, as an entity's ";" would).
  const text = work.title.replace(/</g, "&#60;");
  return work.fixedCase ? `<span class="nocase">${text}</span>` : text;
}
const unescapeMarkup = (text: string) => text.replace(/&#60;/g, "<");

/** The formatted reference in a style, as plain text (CSL's italics dropped, which copying would lose anyway). */
export function formatCitation(work: CitableWork, style: CitationStyle): string {
  const text = new Cite(cslItem(work, true)).format("bibliography", {
    format: "text",
    template: CSL_STYLE[style],
    lang: "en-US",
  }) as string;
  return unescapeMarkup(text).trim();
}

/** The work in a reference manager's file format. */
export function citationFile(work: CitableWork, format: CitationFileFormat): string {
  const cite = new Cite(cslItem(work));
  if (format === "csl-json") return `${JSON.stringify([cslItem(work)], null, 2)}\n`;
  if (format === "bibtex") return `${(cite.format("bibtex", { format: "text" }) as string).trim()}\n`;
  // citation-js folds RIS values every 70 characters, splitting words that a reader joins
  // with a space; the tags are written one to a line here, unfolded, as RIS readers accept.
  const [entry] = cite.format("ris", { format: "object" }) as Record<string, string | string[]>[];
  const lines = [`TY  - ${String(entry!.TY)}`];
  for (const [tag, value] of Object.entries(entry!))
    if (tag !== "TY") for (const v of [value].flat()) lines.push(`${tag}  - ${String(v)}`);
  // The site's name, which RIS's ELEC type carries as T2 (Zotero's "Website Title") and citation-js leaves out.
  if (!("T2" in entry!)) lines.splice(lines.length, 0, `T2  - ${SITE_NAME}`);
  lines.push("ER  - ");
  return `${lines.join("\r\n")}\r\n`;
}
