import type { Proposals } from "./propose";
import { paragraphsOf } from "./text";
import { CodePointText } from "../code-points";

/** What the curated record says a document holds, to measure the proposer against. */
export interface Expected {
  quotes: { start: number; end: number; speakerId: string; speakerNames: string[] }[];
  events: { id: string; start: number; end: number; date: string; precision: string }[];
  /** The actors the text names, by id. */
  actorIds: string[];
}

export interface Score {
  found: number;
  of: number;
  /** Proposals that are right, of all proposals of the kind. */
  right: number;
  proposed: number;
}

export interface Evaluation {
  quotes: Score;
  speakers: Score;
  events: Score & { missed: string[] };
  actors: Score & { missed: string[] };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Recall and precision of a document's proposals against its curated record (offsets in
 * code points). A quotation is found when a proposal covers at least 90% of it and is no
 * more than 10% longer; its speaker is right when the proposal names the curated actor, by
 * id or, without a library, by name or surname. An event is found when a proposal has its
 * date and precision in the passage that mentions it or the paragraph next to it (the date
 * often stands one sentence away: "The American airstrikes on Thursday"). An actor is
 * found when one of its mentions is matched to it.
 */
export function evaluate(text: string, proposals: Proposals, expected: Expected): Evaluation {
  const cp = new CodePointText(text);
  const paragraphs = paragraphsOf(text).map((p) => ({ start: cp.toCodePoint(p.start), end: cp.toCodePoint(p.end) }));
  const paragraphOf = (offset: number) => paragraphs.findIndex((p) => p.start <= offset && offset <= p.end);

  const matchesQuote = (e: Expected["quotes"][number], p: Proposals["quotes"][number]) => {
    const shared = Math.min(e.end, p.end) - Math.max(e.start, p.start);
    return shared >= 0.9 * (e.end - e.start) && p.end - p.start <= 1.1 * (e.end - e.start);
  };
  const quoteHits = expected.quotes.map((e) => proposals.quotes.find((p) => matchesQuote(e, p)));
  const speakerRight = (e: Expected["quotes"][number], p: Proposals["quotes"][number]) =>
    !!p.speaker &&
    (p.speaker.actorId === e.speakerId ||
      (p.speaker.actorId === null &&
        e.speakerNames.some((n) => n === p.speaker!.name || n.endsWith(` ${p.speaker!.name}`))));
  const speakersFound = expected.quotes.filter((e, i) => quoteHits[i] && speakerRight(e, quoteHits[i]!)).length;
  const attributed = proposals.quotes.filter((p) => p.speaker);

  const near = (e: Expected["events"][number], p: Proposals["events"][number]) =>
    overlaps(e, p) || Math.abs(paragraphOf(e.start) - paragraphOf(p.start)) <= 1;
  const eventHit = (e: Expected["events"][number]) =>
    proposals.events.some((p) => p.date === e.date && p.precision === e.precision && near(e, p));
  const eventRight = (p: Proposals["events"][number]) =>
    expected.events.some((e) => p.date === e.date && p.precision === e.precision && near(e, p));

  const matchedActors = new Set(proposals.actors.flatMap((a) => (a.actorId ? [a.actorId] : [])));
  const expectedActors = new Set(expected.actorIds);
  return {
    quotes: {
      found: quoteHits.filter(Boolean).length,
      of: expected.quotes.length,
      right: proposals.quotes.filter((p) => expected.quotes.some((e) => matchesQuote(e, p))).length,
      proposed: proposals.quotes.length,
    },
    speakers: {
      found: speakersFound,
      of: expected.quotes.length,
      right: attributed.filter((p) => expected.quotes.some((e) => matchesQuote(e, p) && speakerRight(e, p))).length,
      proposed: attributed.length,
    },
    events: {
      found: expected.events.filter(eventHit).length,
      of: expected.events.length,
      right: proposals.events.filter(eventRight).length,
      proposed: proposals.events.length,
      missed: expected.events.filter((e) => !eventHit(e)).map((e) => e.id),
    },
    actors: {
      found: [...expectedActors].filter((id) => matchedActors.has(id)).length,
      of: expectedActors.size,
      right: [...matchedActors].filter((id) => expectedActors.has(id)).length,
      proposed: matchedActors.size,
      missed: [...expectedActors].filter((id) => !matchedActors.has(id)),
    },
  };
}

/** "5/5 (100%)" */
export const ratio = (n: number, of: number) => `${n}/${of} (${of ? Math.round((100 * n) / of) : 100}%)`;
