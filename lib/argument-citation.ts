import { bluebookDate } from "./bluebook";

/**
 * The citation of an argument page, Bluebook-style for a web source: the claim, the
 * position and case it belongs to, the site, the address, and the date. A version is cited
 * at its own address with its number and the day it was published; the current page with
 * the day it was last updated.
 */
export function argumentCitation(a: {
  claim: string;
  positionTitle: string | null;
  caseTitle: string;
  url: string;
  day: string;
  version?: number;
}): string {
  const under = a.positionTitle
    ? ` Argument for the position “${a.positionTitle},” in ${a.caseTitle}.`
    : ` In ${a.caseTitle}.`;
  const when =
    a.version === undefined ? `last updated ${bluebookDate(a.day)}` : `version ${a.version}, ${bluebookDate(a.day)}`;
  return `“${a.claim}”${under} War Powers Explorer, ${a.url} (${when}).`;
}
