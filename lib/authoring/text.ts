/**
 * Where things stand in a document's text, for the proposers (lib/authoring/). They work in
 * UTF-16 offsets, as JavaScript's strings and regular expressions do; `toCodePoints` turns
 * a proposal's offsets into the code points W3C selectors use, once, at the end.
 */
import { CodePointText } from "../code-points";

/** A stretch of the text, [start, end) in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/** The paragraphs (split at blank lines) and sentences of a text, as spans. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * Sentence ends: a period, question or exclamation mark (and any closing quote or bracket
 * after it) followed by a space and a capital or an opening quote, or a paragraph's end.
 * Abbreviations that end in a period and take a name or number after them (Sen., Gen.,
 * Feb., U.S.) do not end a sentence.
 */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Adm|Gov|Pres|Sec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|art|cl|Pub|Stat|Res|Cong|Inc|Co|Corp|St|Jr|Sr|v|vs)|\b[A-Z]|\b(?:U\.S|U\.N|D\.C|H\.R|S\.J|H\.J))\.$/;

export function sentencesOf(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = /[.?!][”"’)\]]*(?=\s+[“"‘(\[]?[A-Z0-9])/g;
  const slice = text.slice(within.start, within.end);
  let start = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 12), m.index + 1);
    if (m[0] === "." && ABBREVIATION.test(before)) continue;
    const end = m.index + m[0].length;
    out.push({ start: within.start + start, end: within.start + end });
    start = end;
    while (start < slice.length && /\s/.test(slice[start]!)) start++;
  }
  if (start < slice.length) out.push({ start: within.start + start, end: within.end });
  return out;
}

/** The span of `spans` that holds `offset`. */
export function spanAt(spans: Span[], offset: number): Span | undefined {
  return spans.find((s) => s.start <= offset && offset < s.end) ?? spans.find((s) => offset === s.end);
}

/** A proposal's offsets in code points, as the command and the stored anchors give them. */
export function toCodePoints<T extends Span>(text: CodePointText, item: T): T {
  return { ...item, start: text.toCodePoint(item.start), end: text.toCodePoint(item.end) };
}
