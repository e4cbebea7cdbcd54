import { CodePointText } from "../code-points";
import { findActors, type KnownActor } from "./actors";
import { findCitations, type KnownSource } from "./citations";
import { findEvents, type EventProposal, type Precision } from "./events";
import { findQuotes } from "./quotes";
import { paragraphsOf, sentencesOf, spanAt } from "./text";

export type { KnownActor } from "./actors";
export type { KnownSource } from "./citations";

/** What the proposer may match against: the actors and the legal-source library (either may be empty). */
export interface AuthoringLibrary {
  actors: KnownActor[];
  sources: KnownSource[];
}

/**
 * Everything the proposer finds in a document, offsets in code points (end exclusive),
 * each with the evidence for it. The shape `npm run authoring:propose` prints.
 */
export interface Proposals {
  quotes: {
    text: string;
    start: number;
    end: number;
    speaker: { name: string; actorId: string | null } | null;
    date: string;
    ambiguous: boolean;
    evidence: string;
  }[];
  citations: {
    text: string;
    start: number;
    end: number;
    citation: string;
    sourceId: string | null;
    evidence: string;
  }[];
  events: {
    text: string;
    start: number;
    end: number;
    date: string;
    precision: Precision;
    place: string | null;
    actorIds: string[];
    evidence: string;
  }[];
  actors: {
    name: string;
    start: number;
    end: number;
    actorId: string | null;
    candidates: string[];
    evidence: string;
  }[];
}

/**
 * Proposes the quotations, legal citations, events and actors of a document for an editor
 * to accept, edit or reject. `date` is the document's (YYYY-MM-DD): relative dates are read
 * against it, and a quotation with no other date is dated by it. Pure: the workspace and
 * the command call this one function.
 */
export function propose(text: string, { date, library }: { date: string; library: AuthoringLibrary }): Proposals {
  const mentions = findActors(text, library.actors);
  const quotes = findQuotes(text, mentions);
  const dated = findEvents(text, date, mentions);
  const sentences = paragraphsOf(text).flatMap((p) => sentencesOf(text, p));

  // A quotation is dated by a date in its own sentence (outside the words), by the quotation it runs on from, else by the document.
  // A speaker quoted again in the same story is taken to speak on the day first dated (one statement, reported in parts).
  const quoteDates: string[] = [];
  const speakerDate = new Map<string, string>();
  quotes.forEach((q, i) => {
    const sentence = spanAt(sentences, q.end) ?? q;
    const cue = dated.find(
      (e) =>
        e.precision === "day" &&
        e.cue.start >= sentence.start &&
        e.cue.end <= sentence.end &&
        (e.cue.end <= q.start || e.cue.start >= q.end),
    );
    const who = q.speaker && (q.speaker.actorId ?? q.speaker.name.split(/\s+/).at(-1)!);
    const runsOn = /^Follows /.test(q.evidence) ? quoteDates[i - 1] : undefined;
    const found = cue?.date ?? runsOn ?? (who ? speakerDate.get(who) : undefined) ?? date;
    if (who && cue && !speakerDate.has(who)) speakerDate.set(who, cue.date);
    quoteDates.push(found);
  });

  // A speaker's quotations are a statement: an event on the quotations' date.
  const statements: EventProposal[] = [];
  const stated = new Set<string>();
  const paragraphs = paragraphsOf(text);
  quotes.forEach((q, i) => {
    if (!q.speaker || /^Follows /.test(q.evidence)) return;
    // One statement a speaker a day, however many quotations the story takes from it.
    const who = `${q.speaker.actorId ?? q.speaker.name.split(/\s+/).at(-1)}@${quoteDates[i]}`;
    if (stated.has(who)) return;
    stated.add(who);
    const para = spanAt(paragraphs, q.start)!;
    const sentence = spanAt(sentences, q.start) ?? para;
    const covered = dated.some((e) => e.start <= sentence.start && sentence.end <= e.end && e.date === quoteDates[i]);
    if (covered) return;
    statements.push({
      ...sentence,
      text: text.slice(sentence.start, sentence.end),
      cue: { start: q.start, end: q.start, text: "" },
      date: quoteDates[i]!,
      precision: "day",
      place: null,
      actorIds: q.speaker.actorId ? [q.speaker.actorId] : [],
      evidence: `${q.speaker.name} is quoted: a statement on ${quoteDates[i]}, the quotation’s date.`,
    });
  });

  const cp = new CodePointText(text);
  const at = <T extends { start: number; end: number }>(x: T) => ({
    ...x,
    start: cp.toCodePoint(x.start),
    end: cp.toCodePoint(x.end),
  });
  return {
    quotes: quotes.map((q, i) =>
      at({
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker && { name: q.speaker.name, actorId: q.speaker.actorId },
        date: quoteDates[i]!,
        ambiguous: q.ambiguous,
        evidence: q.evidence,
      }),
    ),
    citations: findCitations(text, library.sources).map(at),
    events: [...dated, ...statements].sort((a, b) => a.start - b.start).map(({ cue: _cue, ...e }) => at(e)),
    actors: mentions.map(at),
  };
}
