import type { Span } from "./text";

/** A legal source the library has, as the proposer matches citations to it. */
export interface KnownSource {
  id: string;
  shortTitle: string;
  citation: string;
  aliases: string[];
}

/** A legal citation in the text, in Bluebook form, matched to the library or proposed as new. */
export interface CitationProposal extends Span {
  text: string;
  /** The Bluebook form of what the text cites (its pinpoint kept). */
  citation: string;
  sourceId: string | null;
  evidence: string;
}

const ORDINAL = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`.replace(
    /(\d)(?:st|nd|rd)$/,
    (m, d) => (d === "2" || d === "3" ? `${d}d` : m),
  );
const CONGRESS = String.raw`(?:,?\s*(?:(?:in|of)\s+the\s+)?(\d{2,3})(?:st|nd|rd|th|d)\s+Cong(?:ress|\.))?`;
const BILL_PREFIX: Record<string, string> = {
  hr: "H.R.",
  s: "S.",
  hjres: "H.J. Res.",
  sjres: "S.J. Res.",
  hconres: "H. Con. Res.",
  sconres: "S. Con. Res.",
};
const ROMAN = /^(?:I|II|III|IV|V|VI|VII)$/;
const ARTICLE_NUMBER: Record<string, string> = { one: "I", two: "II", three: "III", "1": "I", "2": "II", "3": "III" };

type Rule = { re: RegExp; cite: (m: RegExpExecArray) => string | null; what: string };

/** The forms of legal citation a news story or statement uses, each turned into Bluebook form. */
const RULES: Rule[] = [
  {
    what: "a section of the U.S. Code",
    re: /\b(\d{1,2})\s+U\.\s?S\.\s?C\.\s*(?:§§?|[Ss]ec(?:tion|\.))\s*(\d+[a-z]?(?:\([a-z0-9]+\))*(?:\s*[–-]\s*\d+[a-z]?)?)/g,
    cite: (m) => `${m[1]} U.S.C. § ${m[2]!.replace(/\s*[–-]\s*/, "–")}`,
  },
  {
    what: "the Constitution",
    re: /\b(?:U\.S\. Const\.,?\s*art\.\s*([IVX]+)(?:,\s*§\s*(\d+))?(?:,\s*cl\.\s*(\d+))?|Article\s+([IVX]+|[Oo]ne|[Tt]wo|[Tt]hree)(?:,\s*[Ss]ection\s+(\d+))?(?:,\s*[Cc]lause\s+(\d+))?\s+of\s+the\s+(?:U\.S\.\s+)?Constitution)/g,
    cite: (m) => {
      const article = m[1] ?? ARTICLE_NUMBER[m[4]!.toLowerCase()] ?? m[4]!;
      if (!ROMAN.test(article)) return null;
      const section = m[2] ?? m[5];
      const clause = m[3] ?? m[6];
      return `U.S. Const. art. ${article}${section ? `, § ${section}` : ""}${clause ? `, cl. ${clause}` : ""}`;
    },
  },
  {
    what: "a public law",
    re: /\bPub(?:\.|lic)\s+L(?:\.|aw)\s+(?:No\.\s+)?(\d{2,3})\s*[–-]\s*(\d{1,4})(?:,\s*(\d{1,3})\s+Stat\.\s+(\d{1,5}))?/g,
    cite: (m) => `Pub. L. No. ${m[1]}-${m[2]}${m[3] ? `, ${m[3]} Stat. ${m[4]}` : ""}`,
  },
  {
    what: "the Statutes at Large",
    re: /(?<!Stat\.\s\d*)\b(\d{1,3})\s+Stat\.\s+(\d{1,5})\b/g,
    cite: (m) => `${m[1]} Stat. ${m[2]}`,
  },
  {
    what: "a bill or resolution",
    re: new RegExp(
      String.raw`\b(H\.\s?R\.|S\.\s?J\.\s?Res\.|H\.\s?J\.\s?Res\.|H\.\s?Con\.\s?Res\.|S\.\s?Con\.\s?Res\.|S\.)\s?(\d{1,5})\b${CONGRESS}`,
      "g",
    ),
    cite: (m) => {
      const prefix = BILL_PREFIX[m[1]!.replace(/[\s.]/g, "").toLowerCase()]!;
      return `${prefix} ${m[2]}${m[3] ? `, ${ORDINAL(Number(m[3]))} Cong.` : ""}`;
    },
  },
  {
    what: "the U.N. Charter",
    re: /\b(?:Article\s+(\d{1,3})(?:\((\d)\))?\s+of\s+the\s+(?:U\.N\.|UN|United Nations)\s+Charter|(?:U\.N\.|UN|United Nations)\s+Charter,?\s+(?:art\.|Article)\s+(\d{1,3})(?:\((\d)\))?)/g,
    cite: (m) => `U.N. Charter art. ${m[1] ?? m[3]}${(m[2] ?? m[4]) ? `, ¶ ${m[2] ?? m[4]}` : ""}`,
  },
  {
    what: "an opinion of the Office of Legal Counsel",
    re: /\b(\d{1,2}A?)\s+Op\.\s+O\.L\.C\.\s+(\d{1,4})(?:\s+\((\d{4})\))?/g,
    cite: (m) => `${m[1]} Op. O.L.C. ${m[2]}${m[3] ? ` (${m[3]})` : ""}`,
  },
  {
    what: "a court case",
    re: /\b((?:(?:[A-Z][\w.'’-]*|&)\s+){0,5}[A-Z][\w.'’-]*)\s+v\.\s+([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&))*)/g,
    cite: (m) =>
      `${m[1]!.replace(/^(?:In|The|As|Under|See|Since|After|Like)\s+(?=[A-Z])/, "")} v. ${m[2]!.replace(/[.,]$/, "")}`,
  },
  {
    what: "a statute by name",
    re: /\b(?:the\s+)?((?:(?:19|20)\d\d\s+(?:Iraq\s+)?AUMF)|War Powers Resolution|War Powers Act|National Security Powers Act|Authorization for (?:the )?Use of Military Force(?: Against Iraq)?(?: Resolution)?(?: of (?:19|20)\d\d)?|(?:(?:19|20)\d\d\s+)?Authorization for (?:the )?Use of Military Force)/g,
    cite: (m) => m[1]!.replace(/^War Powers Act$/, "War Powers Resolution"),
  },
];

const squash = (s: string) => s.toLowerCase().replace(/[\s.,()§¶–-]+/g, "");

/** The library source a citation names: its citation begins with it, or its title or an alias is it. */
function matchSource(citation: string, library: KnownSource[]): { id: string; why: string } | null {
  const key = squash(citation);
  const exact = library.find((s) => squash(s.citation) === key);
  if (exact) return { id: exact.id, why: `its citation is ${exact.citation}` };
  const named = library.find(
    (s) => squash(s.shortTitle) === key || s.aliases.some((a) => squash(a) === key || squash(a).startsWith(key)),
  );
  if (named) return { id: named.id, why: `it is called “${named.shortTitle}” in the library` };
  // A statute's citation holds its public law, its Statutes at Large page, its bill; an opinion's, its reporter.
  // (A constitutional or Code citation must match whole: a clause is not the article it is in.)
  if (/^(?:Pub\. L\.|\d+ Stat\.|H\.R\.|S\.|H\.J\.|S\.J\.|H\. Con|S\. Con|\d+A? Op\. O\.L\.C\.)/.test(citation)) {
    const holder = library.find((s) => [s.citation, ...s.aliases].some((c) => squash(c).includes(key)));
    if (holder) return { id: holder.id, why: `its citation includes ${citation}` };
  }
  // A case by its name: the library's citation begins with it.
  if (/ v\. /.test(citation)) {
    const c = library.find((s) => squash(s.citation).startsWith(key));
    if (c) return { id: c.id, why: `it is ${c.shortTitle}` };
  }
  // "2002 AUMF" and the like: every word of the name is in the source's short title.
  const words = citation.toLowerCase().split(/\s+/);
  const byWords = library.find((s) => words.length > 1 && words.every((w) => s.shortTitle.toLowerCase().includes(w)));
  return byWords ? { id: byWords.id, why: `“${byWords.shortTitle}” holds every word of it` } : null;
}

/**
 * The legal citations in a text: the U.S. Code, the Constitution, public laws and the
 * Statutes at Large, bills and resolutions (with their Congress when given), the U.N.
 * Charter, OLC opinions, court cases (X v. Y) and statutes named in words ("the War Powers
 * Resolution", "the 2002 AUMF"), each in Bluebook form and matched to the library, or
 * proposed as a new source.
 */
export function findCitations(text: string, library: KnownSource[]): CitationProposal[] {
  const out: CitationProposal[] = [];
  const taken: Span[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const citation = rule.cite(m);
      // "the War Powers Resolution", "In Youngstown …": the citation starts after the word before it.
      const lead = /^(?:the|In|The|As|Under|See|Since|After|Like)\s+/.exec(m[0])?.[0].length ?? 0;
      const span = { start: m.index + lead, end: m.index + m[0].length };
      if (!citation || taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      const source = matchSource(citation, library);
      out.push({
        ...span,
        text: text.slice(span.start, span.end),
        citation,
        sourceId: source?.id ?? null,
        evidence: source
          ? `Cites ${rule.what}; matches the library because ${source.why}.`
          : `Cites ${rule.what}; not in the library: propose it as a new source.`,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
