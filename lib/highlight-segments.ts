import { CodePointText } from "./code-points";

export interface Span {
  id: string;
  /** Code point offsets, end exclusive. */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Spans covering this piece of text, in the order given. */
  spanIds: string[];
  /** Spans that begin with this piece (where a deep link should land). */
  startsSpanIds: string[];
}

/**
 * Cuts a text into consecutive pieces at every span boundary, so that overlapping
 * highlights can be drawn without changing a character: joining the pieces' text gives
 * back the original exactly.
 */
export function segmentText(text: string | CodePointText, spans: Span[]): Segment[] {
  const doc = typeof text === "string" ? new CodePointText(text) : text;
  const valid = spans.filter((s) => s.start >= 0 && s.end <= doc.length && s.start < s.end);
  const cuts = new Set<number>([0, doc.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === to) continue;
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    segments.push({
      text: doc.slice(from, to),
      spanIds: covering.map((s) => s.id),
      startsSpanIds: covering.filter((s) => s.start === from).map((s) => s.id),
    });
  }
  return segments;
}
