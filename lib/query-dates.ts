/**
 * Dates a reader types into a search: "February 27 2021", "Feb. 27, 2021", "27 February 2021",
 * "Feb. 2021", "2021-02-27", "2021-02". One date gives its day or month; two or more give the
 * span from the first to the last ("from Feb. 15 to Feb. 27, 2021" reads the year from the end).
 * A bare year stays a word: "2002 Iraq AUMF" names a law, not a time.
 */

import { formatDateRange } from "./dates";

export interface DateRange {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (a month ends on its "31st": dates are compared as text). */
  to: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(1[789]\d\d|20\d\d)`;

const two = (n: number) => String(n).padStart(2, "0");
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

interface Found {
  start: number;
  end: number;
  from: string;
  to: string;
}

/** Each pattern, and how a match becomes a span; earlier ones win where they overlap. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => [string, string] | null][] = [
  [new RegExp(String.raw`\b${YEAR}-(\d{2})-(\d{2})\b`, "giu"), (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(String.raw`\b${YEAR}-(\d{2})\b`, "giu"), (m) => month(Number(m[1]), Number(m[2]))],
  [
    new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, "giu"),
    (m) => day(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  ],
  [
    new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, "giu"),
    (m) => day(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  ],
  [new RegExp(String.raw`\b${MONTH},?\s+${YEAR}\b`, "giu"), (m) => month(Number(m[2]), monthOf(m[1]!))],
  // A day and month without a year ("Feb. 15 to Feb. 27, 2021"): it takes the year of the last date.
  [new RegExp(String.raw`\b${MONTH}\s+${DAY}\b(?!,?\s*\d)`, "giu"), (m) => day(0, monthOf(m[1]!), Number(m[2]))],
];

function day(year: number, m: number, d: number): [string, string] | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = `${year ? year : "0000"}-${two(m)}-${two(d)}`;
  return [date, date];
}

function month(year: number, m: number): [string, string] | null {
  if (m < 1 || m > 12) return null;
  return [`${year}-${two(m)}-01`, `${year}-${two(m)}-31`];
}

/** The query with its dates taken out (and the words that joined them), and the span they give. */
export function extractDates(query: string): { text: string; range: DateRange | null } {
  const found: Found[] = [];
  for (const [pattern, read] of PATTERNS) {
    for (const m of query.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const span = read(m as RegExpExecArray);
      if (span) found.push({ start, end, from: span[0], to: span[1] });
    }
  }
  if (found.length === 0) return { text: query, range: null };
  found.sort((a, b) => a.start - b.start);
  const lastYear = [...found]
    .reverse()
    .find((f) => !f.from.startsWith("0000"))
    ?.from.slice(0, 4);
  if (!lastYear) return { text: query, range: null };
  const spans = found.map((f) => ({
    from: f.from.replace(/^0000/, lastYear),
    to: f.to.replace(/^0000/, lastYear),
  }));
  let text = "";
  let at = 0;
  for (const f of found) {
    text += `${query.slice(at, f.start)} `;
    at = f.end;
  }
  text += query.slice(at);
  const rest = text
    .replace(/\s+/g, " ")
    .replace(/^[\s,.–—-]+|[\s,.–—-]+$/g, "")
    .trim();
  // Only the words that joined the dates are left ("from … to …"): the query is the dates alone.
  const cleaned = /^(?:on|in|from|to|between|and|until|through|since|of|during|[\s,.–—-])*$/iu.test(rest) ? "" : rest;
  return {
    text: cleaned,
    range: {
      from: spans.map((s) => s.from).sort()[0]!,
      to: spans
        .map((s) => s.to)
        .sort()
        .at(-1)!,
    },
  };
}

/** A range as a reader says it: "February 27, 2021", "February 2021", "February 15–27, 2021". */
export function describeRange(range: DateRange): string {
  const months = range.from.endsWith("-01") && range.to.endsWith("-31");
  const from = months ? range.from.slice(0, 7) : range.from;
  const to = months ? range.to.slice(0, 7) : range.to;
  return formatDateRange(from, to) ?? from;
}
