import type { CaseExportData } from "./types";
import { formatCitation } from "../bluebook";

/** A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and shows § and – as mojibake. */
export const CSV_BOM = "\uFEFF";

/** Text that a spreadsheet shows as typed: a leading ' keeps "=HYPERLINK(…)" or "-2+3" from being evaluated. */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180: fields with a comma, quote or line break are quoted; quotes are doubled; lines
 * end in CRLF. The file starts with a BOM, and text cells that a spreadsheet would run as a
 * formula are prefixed with ' (numbers are written as numbers: -3 stays -3).
 */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const field = (v: string | number | boolean | null | undefined) => {
    const s = v === null || v === undefined ? "" : typeof v === "string" ? csvText(v) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return CSV_BOM + [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

export function argumentsCsv(data: CaseExportData): string {
  const sourceById = new Map(data.legalSources.map((s) => [s.id, s]));
  const positionTitle = new Map(data.positions.map((p) => [p.id, p.title]));
  return toCsv(
    ["id", "position_id", "position", "claim", "explanation", "sources", "events", "quotes"],
    data.arguments.map((a) => [
      a.id,
      a.positionId,
      positionTitle.get(a.positionId),
      a.claim,
      a.explanation,
      data.citations
        .filter((c) => c.argumentId === a.id)
        .map((c) => {
          const s = sourceById.get(c.legalSourceId);
          return `${s ? formatCitation(s.citationParts, c.pinpoint) : c.legalSourceId} [${c.use}]`;
        })
        .join("; "),
      data.argumentEvents
        .filter((e) => e.argumentId === a.id)
        .map((e) => e.eventId)
        .join("; "),
      data.argumentQuotes
        .filter((q) => q.argumentId === a.id)
        .map((q) => q.quoteId)
        .join("; "),
    ]),
  );
}

export function sourcesCsv(data: CaseExportData): string {
  return toCsv(
    ["id", "kind", "short_title", "citation", "date", "date_precision", "parent_id", "url", "summary"],
    data.legalSources.map((s) => [
      s.id,
      s.kind,
      s.shortTitle,
      s.citation,
      s.date,
      s.datePrecision,
      s.parentId,
      s.url,
      s.summary,
    ]),
  );
}

/** One row per key passage: the source's own words with the citation at their pinpoint. */
export function keyPassagesCsv(data: CaseExportData): string {
  const sourceById = new Map(data.legalSources.map((s) => [s.id, s]));
  return toCsv(
    ["id", "legal_source_id", "citation", "pinpoint", "opinion", "text", "verification"],
    data.keyPassages.map((p) => {
      const s = sourceById.get(p.legalSourceId);
      const pin = p.opinion ? `${p.pinpoint} (${p.opinion})` : p.pinpoint;
      return [
        p.id,
        p.legalSourceId,
        s ? formatCitation(s.citationParts, pin) : null,
        p.pinpoint,
        p.opinion,
        p.text,
        p.verification,
      ];
    }),
  );
}

export function eventsCsv(data: CaseExportData): string {
  return toCsv(
    [
      "id",
      "date",
      "end_date",
      "date_precision",
      "kind",
      "title",
      "place",
      "summary",
      "time_zone_note",
      "actors",
      "legal_sources",
    ],
    data.events.map((e) => [
      e.id,
      e.date,
      e.endDate,
      e.datePrecision,
      e.kind,
      e.title,
      e.place,
      e.summary,
      e.timeZoneNote,
      data.eventActors
        .filter((a) => a.eventId === e.id)
        .map((a) => a.actorId)
        .join("; "),
      data.eventLegalSources
        .filter((s) => s.eventId === e.id)
        .map((s) => s.legalSourceId)
        .join("; "),
    ]),
  );
}

export function quotesCsv(data: CaseExportData): string {
  const actor = new Map(data.actors.map((a) => [a.id, a.name]));
  const anchor = new Map(data.anchors.map((a) => [a.id, a]));
  return toCsv(
    [
      "id",
      "speaker_id",
      "speaker",
      "date",
      "date_precision",
      "text",
      "document_id",
      "start",
      "end",
      "reported_by",
      "source_url",
    ],
    data.quotes.map((q) => {
      const a = q.anchorId ? anchor.get(q.anchorId) : undefined;
      return [
        q.id,
        q.speakerId,
        actor.get(q.speakerId),
        q.date,
        q.datePrecision,
        q.text,
        a?.documentId,
        a?.start,
        a?.end,
        q.reportedBy,
        q.sourceUrl,
      ];
    }),
  );
}
