import { bluebookDate } from "./bluebook";

/**
 * The citation of a page of the explorer, Bluebook-style for a web source: what the page
 * is, where it belongs, the site, the address, and the date. A version is cited at its own
 * address with its number and the day it was published; a page without versions with the
 * day it was last updated.
 */
export function pageCitation(p: {
  title: string;
  context: string | null;
  url: string;
  day: string;
  version?: number;
}): string {
  const when =
    p.version === undefined ? `last updated ${bluebookDate(p.day)}` : `version ${p.version}, ${bluebookDate(p.day)}`;
  // A quotation inside the quoted title takes single marks, as the CSL styles do it.
  const title = p.title.replaceAll("“", "‘").replaceAll("”", "’");
  return `“${title}”${p.context ? ` ${p.context}` : ""} War Powers Explorer, ${p.url} (${when}).`;
}

/** A quote as a title: its speaker and its words, cut at a word past 160 characters. */
export function quoteTitle(speaker: string, text: string): string {
  const words = text.length > 160 ? `${text.slice(0, 160).replace(/\s+\S*$/, "")}…` : text;
  return `${speaker}: “${words}”`;
}

/** Where an argument belongs: its position and case. */
export const argumentContext = (positionTitle: string | null, caseTitle: string) =>
  positionTitle ? `Argument for the position “${positionTitle},” in ${caseTitle}.` : `In ${caseTitle}.`;
