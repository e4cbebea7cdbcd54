import type { ActorMention } from "./actors";
import { paragraphsOf, sentencesOf, spanAt, type Span } from "./text";

/** A quoted span and who said it, with why the speaker was chosen (or why none was). */
export interface QuoteProposal extends Span {
  /** The words inside the quotation marks, verbatim (across paragraphs when the quotation runs on). */
  text: string;
  speaker: { name: string; actorId: string | null; candidates: string[] } | null;
  /** Set when the speaker could not be told: several candidates, or none. */
  ambiguous: boolean;
  evidence: string;
}

const OPEN = new Set(["“", '"']);
const CLOSE = new Set(["”", '"']);
const SAYS = String.raw`(?:said|says|told|added|wrote|stated|declared|noted|argued|asked|responded|replied|warned|insisted|explained)`;

/**
 * The quoted spans of a text: curly or straight double quotation marks (single marks
 * inside them are nested quotations, part of the words). A quotation that runs on into
 * the next paragraph, which opens with a quotation mark again and no closing one before,
 * is one quotation.
 */
export function quotedSpans(text: string): (Span & { close: number })[] {
  const out: (Span & { close: number })[] = [];
  const paragraphs = paragraphsOf(text);
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const opens = ch === "“" || (ch === '"' && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)));
    if (!opens) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = -1;
    while (j < text.length) {
      const c = text[j]!;
      if (CLOSE.has(c) && !(c === '"' && /\w/.test(text[j + 1] ?? "") && !/[\s.,;:!?]/.test(text[j - 1]!))) {
        end = j;
        break;
      }
      // A paragraph ends inside the quotation: it runs on only if the next paragraph reopens it.
      const para = spanAt(paragraphs, j);
      if (para && j === para.end) {
        const next = paragraphs.find((p) => p.start > j);
        if (!next || !OPEN.has(text[next.start]!)) break;
        j = next.start + 1;
        continue;
      }
      j++;
    }
    if (end > i + 1) {
      // A comma before the closing mark belongs to the sentence around the quotation, not to the words.
      out.push({ start: i + 1, end: text[end - 1] === "," ? end - 1 : end, close: end });
      i = end + 1;
    } else i++;
  }
  return out;
}

/** A name no known actor answers to: capitalized words, initials and particles ("John F. Kirby", "al-Muhandis"). */
const NAME = String.raw`(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.|al-[A-Z][\p{L}]+|bin|de|van))*`;
/** After a quotation: `, John F. Kirby, Pentagon press secretary, said` or `, said Kirby`. */
const AFTER_NAME = new RegExp(
  String.raw`^[,.!?]?\s*(?:${SAYS}\s+)?(?:(?:[A-Z][a-z]+\.?\s+)?(?:Senator|Sen\.|Rep\.|President|Secretary|Gen\.)\s+)?(${NAME})`,
  "u",
);
/** Before one: the sentence's subject, after any title (`Democratic Senator Tim Kaine of Virginia …`). */
const SUBJECT_NAME = new RegExp(
  String.raw`^(?:(?:The|A|An)\s+[\p{L}’'\s]+?,\s*)?(?:(?:[A-Z][a-z]+\s+)?(?:Senator|Sen\.|Representative|Rep\.|President|Secretary|Gen\.|General|Minister)\s+)?(${NAME})`,
  "u",
);

/** A name the attribution gives that no known actor matched: proposed as a new actor. */
function nameIn(clause: string, offset: number, re: RegExp): ActorMention | null {
  const m = re.exec(clause);
  const name = m?.[1];
  if (!m || !name || /^(?:The|A|An|It|He|She|They|We|This|That)$/.test(name)) return null;
  const start = offset + m.index + m[0].length - name.length;
  return {
    start,
    end: start + name.length,
    name,
    actorId: null,
    candidates: [],
    evidence: `No actor is called “${name}”: propose a new one.`,
  };
}

const speakerOf = (m: ActorMention) => ({ name: m.name, actorId: m.actorId, candidates: m.candidates });

/**
 * Quotations with their speakers, attributed from the sentence around them: after the
 * quotation (`,” Kirby said`, `,” said Kirby`, `,” John F. Kirby, Pentagon press secretary,
 * said`), else before it (`Kaine … in a statement saying, “…”`, `Psaki said: “…”`), else
 * the speaker of the quotation just before it in the same paragraph, when nothing else is
 * named in between (a quotation that goes on after its attribution).
 */
export function findQuotes(text: string, mentions: ActorMention[]): QuoteProposal[] {
  const paragraphs = paragraphsOf(text);
  const out: QuoteProposal[] = [];
  // "he said": the person named last before the quotation (a person: a name of two words, or a known person).
  const lastPersonBefore = (offset: number): ActorMention | null => {
    const earlier = mentions.filter(
      (m) => m.end <= offset && (m.actorId !== null || m.candidates.length > 0 || /\s/.test(m.name)),
    );
    const m = earlier.at(-1);
    return m ? { ...m, evidence: `“He” or “she”: the person named last before it, ${m.name}.` } : null;
  };
  for (const { close, ...q } of quotedSpans(text)) {
    const para = spanAt(paragraphs, q.start) ?? { start: 0, end: text.length };
    const sentences = sentencesOf(text, para);
    const words = text.slice(q.start, q.end);
    const inQuote = (m: ActorMention) => m.start >= q.start && m.end <= q.end;
    const named = mentions.filter((m) => !inQuote(m) && m.start >= para.start && m.end <= para.end);

    // After: up to the end of the sentence the closing mark ends, or the next quotation.
    // A quotation that runs on over paragraphs is attributed after its last one.
    const closingPara = spanAt(paragraphs, close) ?? para;
    const closingSentences = sentencesOf(text, closingPara);
    const nextOpening = text.indexOf("“", close + 1);
    const afterEnd = Math.min(
      spanAt(closingSentences, Math.min(close + 2, closingPara.end - 1))?.end ?? closingPara.end,
      nextOpening === -1 ? closingPara.end : nextOpening,
    );
    const after = text.slice(close + 1, afterEnd);
    const afterNames = named.filter((m) => m.start > close && m.end <= afterEnd);
    if (
      new RegExp(String.raw`^[,.!?]?\s*(?:${SAYS}\b|[A-Z]|(?:he|she)\s)`).test(after) &&
      new RegExp(String.raw`\b${SAYS}\b`).test(after)
    ) {
      const people = afterNames.filter((m) => m.actorId !== null || m.candidates.length > 0);
      const pronoun = /^[,.!?]?\s*(?:he|she)\s/i.test(after) ? lastPersonBefore(q.start) : null;
      const first = people[0] ?? afterNames[0] ?? pronoun ?? nameIn(after, close + 1, AFTER_NAME);
      if (first) {
        out.push(
          proposal(
            q,
            words,
            first,
            first === pronoun
              ? `Attributed after the quotation (“${after.trim().slice(0, 80)}”): ${pronoun.evidence}`
              : `Named after the quotation: “${after.trim().slice(0, 80)}”`,
          ),
        );
        continue;
      }
    }

    // Before: the sentence that the opening mark is in, up to the mark.
    const sentence = spanAt(sentences, q.start - 1) ?? para;
    const before = text.slice(sentence.start, q.start - 1);
    const beforeNames = named.filter((m) => m.start >= sentence.start && m.end <= q.start);
    const pronounSubject = /^(?:He|She)\s/.test(before) ? lastPersonBefore(sentence.start) : null;
    const subjectName = beforeNames.length ? null : (pronounSubject ?? nameIn(before, sentence.start, SUBJECT_NAME));
    if (subjectName) beforeNames.push(subjectName);
    if (new RegExp(String.raw`\b(?:${SAYS}|saying|says)\b[^.]*[,:]?\s*$`).test(before) && beforeNames.length > 0) {
      // The sentence's subject: its first name that is not a possessive ("the White House’s press secretary").
      const possessive = (m: ActorMention) => /^['’]s\b/.test(text.slice(m.end, m.end + 3));
      const subject = beforeNames.find((m) => !possessive(m)) ?? beforeNames[0]!;
      const p = proposal(
        q,
        words,
        subject,
        `Named before the quotation, as the subject of “${before.trim().slice(0, 80)}”`,
      );
      // Two subjects ("Kaine and Young said") are two possible speakers: flagged, not chosen.
      const joined = beforeNames.find(
        (m) =>
          m.start > subject.end &&
          /^\s*,?\s*(?:and|&)\s+(?:(?:Sen|Rep|Gen|Gov)\.\s+|(?:Senator|Representative|President|Secretary)\s+)?$/.test(
            text.slice(subject.end, m.start),
          ),
      );
      if (joined) {
        p.ambiguous = true;
        p.speaker = null;
        p.evidence += ` ${subject.name} and ${joined.name} are both named as saying it: choose one.`;
      }
      out.push(p);
      continue;
    }

    // Running on: the previous quotation of this paragraph, with no other name between.
    const previous = out.at(-1);
    const between = previous && named.filter((m) => m.start > previous.end && m.end < q.start);
    if (
      previous &&
      previous.start >= para.start &&
      previous.speaker &&
      between!.length <= 1 &&
      between!.every((m) => m.name === previous.speaker!.name || m.actorId === previous.speaker!.actorId)
    ) {
      out.push({
        ...q,
        text: words,
        speaker: previous.speaker,
        ambiguous: previous.ambiguous,
        evidence: `Follows ${previous.speaker.name}’s quotation in the same paragraph, with no one else named.`,
      });
      continue;
    }
    out.push({
      ...q,
      text: words,
      speaker: null,
      ambiguous: true,
      evidence: "No speaker is named in the sentence around it: choose one.",
    });
  }
  return out;
}

function proposal(q: Span, words: string, m: ActorMention, evidence: string): QuoteProposal {
  const ambiguous = m.actorId === null && m.candidates.length > 0;
  return {
    ...q,
    text: words,
    speaker: speakerOf(m),
    ambiguous,
    evidence: ambiguous ? `${evidence} ${m.evidence}` : evidence,
  };
}
