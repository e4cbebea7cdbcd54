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
  return `“${p.title}”${p.context ? ` ${p.context}` : ""} War Powers Explorer, ${p.url} (${when}).`;
}

/** Where an argument belongs: its position and case. */
export const argumentContext = (positionTitle: string | null, caseTitle: string) =>
  positionTitle ? `Argument for the position “${positionTitle},” in ${caseTitle}.` : `In ${caseTitle}.`;
