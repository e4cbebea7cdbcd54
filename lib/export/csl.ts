import type { CitationParts, LegalSourceKind } from "../bluebook";

interface SourceForCsl {
  id: string;
  kind: LegalSourceKind;
  shortTitle: string;
  citation: string;
  citationParts: CitationParts;
  date: string;
  url: string | null;
}

const TYPES: Record<LegalSourceKind, string> = {
  constitution: "legislation",
  statute: "legislation",
  provision: "legislation",
  treaty: "treaty",
  case: "legal_case",
  executive_opinion: "report",
  presidential_letter: "document",
  diplomatic_note: "document",
  bill: "bill",
};

/** A source's key passage, as the note carries it. */
interface PassageForCsl {
  legalSourceId: string;
  pinpoint: string;
  opinion: string | null;
  text: string;
}

/** The note: the Bluebook citation, then each key passage of the source with its pinpoint. */
function noteOf(citation: string, passages: PassageForCsl[]): string {
  return [citation, ...passages.map((p) => `${p.pinpoint}${p.opinion ? ` (${p.opinion})` : ""}: “${p.text}”`)].join(
    "\n\n",
  );
}

/**
 * CSL-JSON for citation managers (Zotero and others), with the Bluebook string and the
 * source's key passages kept in `note`.
 */
export function toCsl(sources: SourceForCsl[], passages: PassageForCsl[] = []) {
  return sources.map((s) => {
    const p = s.citationParts;
    const parts = s.date.split("-").map(Number);
    const item: Record<string, unknown> = {
      id: s.id,
      type: TYPES[s.kind],
      title:
        p.form === "case"
          ? p.name
          : p.form === "opinion" || p.form === "presidential_document" || p.form === "un_document"
            ? p.title
            : s.shortTitle,
      issued: { "date-parts": [parts] },
      note: noteOf(
        s.citation,
        passages.filter((p) => p.legalSourceId === s.id),
      ),
    };
    if (s.url) item.URL = s.url;
    if (p.form === "case")
      Object.assign(item, {
        "container-title": p.reporter,
        volume: p.volume,
        page: p.page,
        ...(p.court ? { authority: p.court } : {}),
      });
    if (p.form === "opinion")
      Object.assign(item, {
        "container-title": p.reporter,
        volume: p.volume,
        page: p.page,
        publisher: "Office of Legal Counsel",
      });
    if (p.form === "session_law")
      Object.assign(item, {
        number: `Pub. L. No. ${p.publicLaw}`,
        "container-title": "Stat.",
        volume: p.volume,
        page: p.page,
      });
    if (p.form === "code") Object.assign(item, { "container-title": p.code, volume: p.title, section: p.section });
    if (p.form === "bill")
      Object.assign(item, { number: p.bill, "chapter-number": String(p.congress), authority: "Congress" });
    if (p.form === "un_document") Object.assign(item, { number: p.symbol, publisher: "United Nations" });
    return item;
  });
}
