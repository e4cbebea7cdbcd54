/** Dates in the record are partial ISO 8601 strings (YYYY, YYYY-MM, YYYY-MM-DD). */
export type DatePrecision = "day" | "month" | "year";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(value: string): DateParts {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`Not a partial ISO date: "${value}"`);
  const [, y, m, d] = match;
  const parts: DateParts = { year: Number(y) };
  if (m) {
    parts.month = Number(m);
    if (parts.month < 1 || parts.month > 12) throw new Error(`Month out of range in "${value}"`);
  }
  if (d) {
    parts.day = Number(d);
    const daysInMonth = new Date(Date.UTC(parts.year, parts.month!, 0)).getUTCDate();
    if (parts.day < 1 || parts.day > daysInMonth) throw new Error(`Day out of range in "${value}"`);
  }
  return parts;
}

/** "February 25, 2021", "March 2021" or "2021": never claims more precision than is known. */
export function formatPartialDate(value: string, precision?: DatePrecision | null): string {
  const parts = parsePartialDate(value);
  const level = precision ?? (parts.day ? "day" : parts.month ? "month" : "year");
  if (level === "year" || !parts.month) return String(parts.year);
  const month = MONTHS[parts.month - 1]!;
  if (level === "month" || !parts.day) return `${month} ${parts.year}`;
  return `${month} ${parts.day}, ${parts.year}`;
}

/** A span of full dates, shortened where the ends share a month or year: "February 15–27, 2021". */
export function formatDateRange(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  if (!start || !end || start === end) return formatPartialDate((start ?? end)!);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (a.day && b.day && a.year === b.year && a.month === b.month) {
    return `${MONTHS[a.month! - 1]} ${a.day}–${b.day}, ${a.year}`;
  }
  if (a.day && b.day && a.year === b.year) {
    return `${MONTHS[a.month! - 1]} ${a.day} – ${MONTHS[b.month! - 1]} ${b.day}, ${a.year}`;
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}
