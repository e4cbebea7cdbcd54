import * as chrono from "chrono-node";
import type { ActorMention } from "./actors";
import { paragraphsOf, sentencesOf, spanAt, type Span } from "./text";

export type Precision = "day" | "month" | "year";

/** A dated statement: the sentence it is in, the words that date it, and the date they give. */
export interface EventProposal extends Span {
  text: string;
  /** The date expression itself ("on Thursday", "the Feb. 15"). */
  cue: Span & { text: string };
  /** ISO, as precise as the words allow: 2021-02-15, 2019-12, 2021. */
  date: string;
  precision: Precision;
  /** Where, when the sentence names a place ("in Baghdad’s Green Zone"). */
  place: string | null;
  actorIds: string[];
  evidence: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Counted from the date before it: "a week later", "two days earlier", "the next day". */
const RELATIVE = /\b(?:later|afterwards|earlier|next|following)\b/i;
/** "a day after the missile was fired": the date of another event, not this one's; "within 48 hours": a span. */
const NOT_A_DATE = /^(?:within|for|in\s+\d|over)\b|\b(?:after|before|ago)$/i;
/** A month alone ("June") is a date only after a word that makes it one: "in June", not "Sen. June Park". */
const MONTH_LEAD = /\b(?:in|since|by|during|until|last|next|this|early|late|mid-?)\s*$/i;
/** Vague spans of time name no date: "more than a year ago", "in the past". */
const VAGUE = /\b(?:more than|over|nearly|almost|about|some|several|past|recent|early|late|mid)\b/i;

function precisionOf(c: chrono.ParsedComponents): Precision | null {
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return null;
}

function dateAt(d: Date, precision: Precision): string {
  const day = iso(d);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

const PLACE_WORD = String.raw`[A-Z][\p{L}]+(?:-[\p{L}]+)*`;
const PLACE = new RegExp(
  String.raw`\b(?:in|near|at|outside|across)\s+(?:the\s+)?(?:(?:city|town|province) of\s+)?(${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|al-[A-Z][\p{L}]+))*(?:[’']s\s+${PLACE_WORD}(?:\s+${PLACE_WORD})*)?)(?![\p{L}-])`,
  "u",
);
const NOT_PLACES =
  /^(?:the\s+)?(?:Senate|House|Congress|White House|Pentagon|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Dated statements in a text, each date resolved against the document's date (chrono-node):
 * "on Thursday" is the Thursday of the document's week, "the Feb. 15 rocket attack" the
 * 15th of February of its year, "in December 2019" a month. A relative date ("a week later")
 * counts from the date mentioned just before it. Vague spans ("more than a year ago") date
 * nothing and are left out. Each comes with its precision, the place its sentence names and
 * the actors in it.
 */
export function findEvents(text: string, documentDate: string, mentions: ActorMention[]): EventProposal[] {
  const reference = new Date(`${documentDate}T12:00:00Z`);
  const sentences = paragraphsOf(text).flatMap((p) => sentencesOf(text, p));
  const out: EventProposal[] = [];
  let previous: Date | null = null;
  const years = [...text.matchAll(/\b(?:in|since|by|during|until)\s+((?:1[89]|20)\d\d)\b(?![-–\d]|\s+\d)/g)];
  const found = [
    ...chrono.parse(text, { instant: reference, timezone: "UTC" }, { forwardDate: false }).map((r) => ({
      index: r.index,
      text: r.text,
      date: r.start.date(),
      precision: precisionOf(r.start),
      relative: RELATIVE.test(r.text),
    })),
    ...years.map((m) => ({
      index: m.index + m[0].length - m[1]!.length,
      text: m[1]!,
      date: new Date(`${m[1]}-01-01T12:00:00Z`),
      precision: "year" as Precision,
      relative: false,
    })),
  ].sort((a, b) => a.index - b.index);

  for (const r of found) {
    if (!r.precision || NOT_A_DATE.test(r.text.trim())) continue;
    if (
      r.precision === "month" &&
      !/\d/.test(r.text) &&
      !MONTH_LEAD.test(text.slice(Math.max(0, r.index - 12), r.index))
    )
      continue;
    const sentence = spanAt(sentences, r.index) ?? { start: r.index, end: r.index + r.text.length };
    const lead = text.slice(Math.max(sentence.start, r.index - 12), r.index);
    if (VAGUE.test(lead.split(/\s+/).slice(-3).join(" "))) continue;
    let date = r.date;
    let evidence = `“${r.text}”, read against the document’s date (${documentDate}).`;
    if (r.relative && previous) {
      // chrono counts from the document's date; a story's "a week later" counts from the date before it.
      date = new Date(previous.getTime() + (r.date.getTime() - reference.getTime()));
      evidence = `“${r.text}”, counted from the date mentioned just before it (${iso(previous)}).`;
    }
    previous = date;
    const words = text.slice(sentence.start, sentence.end);
    const place = PLACE.exec(words)?.[1] ?? null;
    out.push({
      ...sentence,
      text: words,
      cue: { start: r.index, end: r.index + r.text.length, text: r.text },
      date: dateAt(date, r.precision),
      precision: r.precision,
      place: place && !NOT_PLACES.test(place) ? place : null,
      actorIds: [
        ...new Set(
          mentions
            .filter((m) => m.actorId && m.start >= sentence.start && m.end <= sentence.end)
            .map((m) => m.actorId!),
        ),
      ],
      evidence,
    });
  }
  return out;
}
