import { z } from "zod";

/**
 * Legal citations in Bluebook form, kept as structured parts so that a pinpoint can be
 * placed where the rules put it (after the first page of a case, in place of a
 * constitution's clause, after the public law number of a statute…). `parseCitation`
 * reads a full citation into parts; `formatCitation` writes it back, with an optional
 * pinpoint. Every source in the seed round-trips exactly.
 */
export const LEGAL_SOURCE_KINDS = [
  "constitution",
  "statute",
  "provision",
  "treaty",
  "case",
  "executive_opinion",
  "presidential_letter",
  "diplomatic_note",
  "bill",
] as const;
export type LegalSourceKind = (typeof LEGAL_SOURCE_KINDS)[number];

const text = z.string().trim().min(1);
const year = z.string().regex(/^\d{4}$/, "expected a four-digit year");

export const citationPartsSchema = z.discriminatedUnion("form", [
  /** U.S. Const. art. I, § 8, cl. 11 */
  z.object({ form: z.literal("constitution"), designation: text }),
  /** U.N. Charter art. 51 */
  z.object({ form: z.literal("treaty"), name: text, designation: text }),
  /** 50 U.S.C. § 1543(a) */
  z.object({ form: z.literal("code"), title: text, code: text, section: text }),
  /** Name, Pub. L. No. 107-40, 115 Stat. 224 (2001) (codified as amended at 50 U.S.C. §§ 1541–1548) */
  z.object({
    form: z.literal("session_law"),
    name: text.optional(),
    publicLaw: text,
    volume: text,
    page: text,
    year,
    codified: z.object({ title: text, code: text, sections: text, asAmended: z.boolean() }).optional(),
  }),
  /** S.J. Res. 68, 116th Cong. (2020); with a name and "(enacted)" for an enacted bill cited by bill number */
  z.object({
    form: z.literal("bill"),
    name: text.optional(),
    bill: text,
    congress: z.number().int().positive(),
    year,
    enacted: z.boolean().default(false),
  }),
  /** The Prize Cases, 67 U.S. (2 Black) 635 (1863) */
  z.object({
    form: z.literal("case"),
    name: text,
    volume: text,
    reporter: text,
    nominative: text.optional(),
    page: text,
    court: text.optional(),
    year,
    history: text.optional(),
  }),
  /** Authority to Use Military Force in Libya, 35 Op. O.L.C. 20 (2011) */
  z.object({ form: z.literal("opinion"), title: text, volume: text, reporter: text, page: text, year }),
  /** Letter …, 2021 Daily Comp. Pres. Doc. (Feb. 27, 2021) */
  z.object({
    form: z.literal("presidential_document"),
    title: text,
    year,
    reporter: text,
    number: text.optional(),
    date: text,
  }),
  /** Letter dated …, U.N. Doc. S/2021/202 */
  z.object({ form: z.literal("un_document"), title: text, symbol: text }),
]);
export type CitationParts = z.infer<typeof citationPartsSchema>;
export type CitationForm = CitationParts["form"];

/** Which citation forms suit each kind of legal source. */
export const FORMS_BY_KIND: Record<LegalSourceKind, CitationForm[]> = {
  constitution: ["constitution"],
  statute: ["session_law", "bill", "code"],
  provision: ["code", "session_law"],
  treaty: ["treaty"],
  case: ["case"],
  executive_opinion: ["opinion"],
  presidential_letter: ["presidential_document"],
  diplomatic_note: ["un_document"],
  bill: ["bill"],
};

/** Bluebook ordinals: 1st, 2d, 3d, 4th … 11th, 12th, 13th … 101st, 102d. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "d", 3: "d" } as Record<number, string>)[n % 10] ?? "th"}`;
}

/**
 * "at 635–38 (Jackson, J., concurring)" → pages "635–38", parenthetical "(Jackson, J., concurring)".
 * Read by position, not by one regex: the regex this replaces let a lazy run and the spaces
 * after it trade characters, which took seconds on a long pinpoint. This is one pass.
 */
export function splitPagePinpoint(pinpoint: string): { pages: string; parenthetical: string } {
  const whole = pinpoint.trim();
  const body = whole.replace(/^at\s+/, "");
  const open = body.search(/[()]/);
  if (open === -1) return { pages: body.trim(), parenthetical: "" };
  const parenthetical = body.slice(open);
  // A parenthetical opens with the first parenthesis, closes the pinpoint and stays on one line.
  if (body[open] === "(" && parenthetical.endsWith(")") && !/[\n\r\u2028\u2029]/.test(parenthetical)) {
    return { pages: body.slice(0, open).trim(), parenthetical };
  }
  return { pages: whole, parenthetical: "" };
}

/** The first section number in "§ 1543(a)" or "§§ 1541–1548"; null when there is none. */
function sectionNumber(designation: string): number | null {
  const match = /§§?\s*(\d+)/.exec(designation);
  return match ? Number(match[1]) : null;
}

function sectionRange(sections: string): [number, number] | null {
  const match = /§§?\s*(\d+)(?:\s*[–-]\s*(\d+))?/.exec(sections);
  if (!match) return null;
  return [Number(match[1]), Number(match[2] ?? match[1])];
}

/** Renders a citation; a pinpoint goes where Bluebook puts it for that form. */
export function formatCitation(parts: CitationParts, pinpoint?: string | null): string {
  const pin = pinpoint?.trim() || null;
  switch (parts.form) {
    case "constitution":
      return `U.S. Const. ${pin && /^(art|amend|pmbl)\./.test(pin) ? pin : parts.designation}${pin && !/^(art|amend|pmbl)\./.test(pin) ? `, ${pin}` : ""}`;
    case "treaty":
      return `${parts.name} ${pin && /^art\./.test(pin) ? pin : parts.designation}${pin && !/^art\./.test(pin) ? `, ${pin}` : ""}`;
    case "code":
      return `${parts.title} ${parts.code} ${pin?.startsWith("§") ? pin : parts.section}${pin && !pin.startsWith("§") ? `, ${pin}` : ""}`;
    case "session_law": {
      let codified = parts.codified;
      let actPin: string | null = null;
      if (pin && pin !== codified?.sections) {
        const range = codified && sectionRange(codified.sections);
        const number = sectionNumber(pin);
        // A pinpoint inside the codified range cites the Code; otherwise it is a section of the act.
        if (codified && range && number !== null && number >= range[0] && number <= range[1]) {
          codified = { ...codified, sections: pin };
        } else {
          actPin = pin;
        }
      }
      const head = `${parts.name ? `${parts.name}, ` : ""}Pub. L. No. ${parts.publicLaw}, ${actPin ? `${actPin}, ` : ""}${parts.volume} Stat. ${parts.page} (${parts.year})`;
      return codified
        ? `${head} (codified${codified.asAmended ? " as amended" : ""} at ${codified.title} ${codified.code} ${codified.sections})`
        : head;
    }
    case "bill":
      return `${parts.name ? `${parts.name}, ` : ""}${parts.bill}, ${ordinal(parts.congress)} Cong.${pin ? ` ${pin}` : ""} (${parts.year})${parts.enacted ? " (enacted)" : ""}`;
    case "case": {
      const { pages, parenthetical } = pin ? splitPagePinpoint(pin) : { pages: "", parenthetical: "" };
      const reporter = `${parts.volume} ${parts.reporter}${parts.nominative ? ` (${parts.nominative})` : ""} ${parts.page}`;
      return `${parts.name}, ${reporter}${pages ? `, ${pages}` : ""} (${parts.court ? `${parts.court} ` : ""}${parts.year})${parenthetical ? ` ${parenthetical}` : ""}${parts.history ? `, ${parts.history}` : ""}`;
    }
    case "opinion": {
      const { pages, parenthetical } = pin ? splitPagePinpoint(pin) : { pages: "", parenthetical: "" };
      return `${parts.title}, ${parts.volume} ${parts.reporter} ${parts.page}${pages ? `, ${pages}` : ""} (${parts.year})${parenthetical ? ` ${parenthetical}` : ""}`;
    }
    case "presidential_document":
      return `${parts.title}, ${parts.year} ${parts.reporter}${parts.number ? ` ${parts.number}` : ""}${pin ? `, ${/^at /.test(pin) ? pin : `at ${pin}`}` : ""} (${parts.date})`;
    case "un_document":
      return `${parts.title}, U.N. Doc. ${parts.symbol}${pin ? `, ${/^(at |¶)/.test(pin) ? pin : `at ${pin}`}` : ""}`;
  }
}

/** The longest citation read: the legal source field's own limit. */
export const CITATION_MAX_LENGTH = 1000;

const BILL = String.raw`(?:S\.|H\.R\.|S\.J\. Res\.|H\.J\. Res\.|S\. Con\. Res\.|H\. Con\. Res\.|S\. Res\.|H\. Res\.) \d+`;

const PARSERS: { [F in CitationForm]: (citation: string) => Extract<CitationParts, { form: F }> | null } = {
  constitution: (c) => {
    const m = /^U\.S\. Const\. (.+)$/.exec(c);
    return m ? { form: "constitution", designation: m[1]! } : null;
  },
  treaty: (c) => {
    const m = /^(.+?) (art\. .+)$/.exec(c);
    return m ? { form: "treaty", name: m[1]!, designation: m[2]! } : null;
  },
  code: (c) => {
    const m = /^(\d+) ([A-Z][\w.]*(?: [A-Z][\w.]*)*) (§§? .+)$/.exec(c);
    return m ? { form: "code", title: m[1]!, code: m[2]!, section: m[3]! } : null;
  },
  session_law: (c) => {
    const m =
      /^(?:(.+?), )?Pub\. L\. No\. (\d+-\d+), (\d+) Stat\. (\d+) \((\d{4})\)(?: \(codified( as amended)? at (\d+) ([A-Z][\w.]*(?: [A-Z][\w.]*)*) (§§? [^)]+)\))?$/.exec(
        c,
      );
    if (!m) return null;
    const [, name, publicLaw, volume, page, y, amended, title, code, sections] = m;
    return {
      form: "session_law",
      ...(name ? { name } : {}),
      publicLaw: publicLaw!,
      volume: volume!,
      page: page!,
      year: y!,
      ...(title ? { codified: { title, code: code!, sections: sections!, asAmended: Boolean(amended) } } : {}),
    };
  },
  bill: (c) => {
    const m = new RegExp(String.raw`^(?:(.+?), )?(${BILL}), (\d+)(?:st|d|th) Cong\. \((\d{4})\)( \(enacted\))?$`).exec(
      c,
    );
    if (!m) return null;
    const [, name, bill, congress, y, enacted] = m;
    return {
      form: "bill",
      ...(name ? { name } : {}),
      bill: bill!,
      congress: Number(congress),
      year: y!,
      enacted: Boolean(enacted),
    };
  },
  case: (c) => {
    const m =
      /^(.+?), (\d+) ([A-Z][\w.']*(?: [A-Z\d][\w.']*)*?)(?: \((\d+ [A-Z][\w.]*)\))? (\d+) \((?:(.+?) )?(\d{4})\)(?:, (.+))?$/.exec(
        c,
      );
    if (!m) return null;
    const [, name, volume, reporter, nominative, page, court, y, history] = m;
    return {
      form: "case",
      name: name!,
      volume: volume!,
      reporter: reporter!,
      ...(nominative ? { nominative } : {}),
      page: page!,
      ...(court ? { court } : {}),
      year: y!,
      ...(history ? { history } : {}),
    };
  },
  opinion: (c) => {
    const m = /^(.+), (\d+[A-Z]?) (Op\. O\.L\.C\.|Op\. Att'y Gen\.) (\d+) \((\d{4})\)$/.exec(c);
    return m ? { form: "opinion", title: m[1]!, volume: m[2]!, reporter: m[3]!, page: m[4]!, year: m[5]! } : null;
  },
  presidential_document: (c) => {
    const m = /^(.+), (\d{4}) (Daily Comp\. Pres\. Doc\.|Pub\. Papers)(?: (\d+))? \((.+)\)$/.exec(c);
    if (!m) return null;
    const [, title, y, reporter, number, date] = m;
    return {
      form: "presidential_document",
      title: title!,
      year: y!,
      reporter: reporter!,
      ...(number ? { number } : {}),
      date: date!,
    };
  },
  un_document: (c) => {
    const m = /^(.+), U\.N\. Doc\. (\S+)$/.exec(c);
    return m ? { form: "un_document", title: m[1]!, symbol: m[2]! } : null;
  },
};

/**
 * Reads a full Bluebook citation into parts, trying the forms that suit the kind.
 * Accepts only what formats back to the same string, so nothing is silently altered.
 */
export function parseCitation(kind: LegalSourceKind, citation: string): CitationParts {
  const input = citation.trim();
  // The forms' patterns try each ", " as a split point: bounded input keeps that cheap.
  if (input.length > CITATION_MAX_LENGTH) throw new Error(`A citation is at most ${CITATION_MAX_LENGTH} characters`);
  for (const form of FORMS_BY_KIND[kind]) {
    const parts = PARSERS[form](input);
    if (parts && formatCitation(parts) === input) return parts;
  }
  throw new Error(`Not a citation form this tool knows for a ${kind.replace("_", " ")}: "${input}"`);
}

/** Bluebook's month abbreviations (table T12). */
const BLUEBOOK_MONTHS = [
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

/** A day (YYYY-MM-DD) as Bluebook writes it in a parenthetical: "Dec. 3, 2026". */
export function bluebookDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match && BLUEBOOK_MONTHS[Number(match[2]) - 1];
  if (!match || !month) throw new Error(`Expected a day as YYYY-MM-DD, got "${day}"`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** One step in a bill's life: "Passed the Senate, 55–45." */
export interface LegislativeAction {
  date: string;
  action: string;
  verification?: "checked" | "background";
}
