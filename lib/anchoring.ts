import { CodePointText, codePointLength } from "./code-points";

/**
 * W3C Web Annotation selectors for a span of a document: TextQuoteSelector (exact,
 * prefix, suffix) and TextPositionSelector (start, end in Unicode code points, end
 * exclusive).
 */
export interface AnchorSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** How much context a computed anchor keeps on each side, in code points. */
export const CONTEXT_LENGTH = 32;

export class AnchoringError extends Error {
  constructor(
    readonly reason: "empty" | "absent" | "ambiguous",
    message: string,
  ) {
    super(message);
    this.name = "AnchoringError";
  }
}

function asText(text: string | CodePointText): CodePointText {
  return typeof text === "string" ? new CodePointText(text) : text;
}

function contextAt(doc: CodePointText, start: number, end: number, length: number) {
  return {
    prefix: doc.slice(Math.max(0, start - length), start),
    suffix: doc.slice(end, Math.min(doc.length, end + length)),
  };
}

/**
 * Selectors for `exact` in `text`. Fails loudly when the quote is absent, or when it
 * occurs more than once and the given prefix/suffix do not single one occurrence out.
 */
export function computeSelectors(
  text: string | CodePointText,
  exact: string,
  hint: { prefix?: string; suffix?: string } = {},
): AnchorSelectors {
  if (!exact) throw new AnchoringError("empty", "Cannot anchor an empty quote.");
  const doc = asText(text);
  const length = codePointLength(exact);
  let starts = doc.occurrences(exact);
  if (starts.length === 0) {
    throw new AnchoringError("absent", `The quote does not occur in the document: "${preview(exact)}"`);
  }
  if (starts.length > 1 && (hint.prefix || hint.suffix)) {
    starts = starts.filter((s) => {
      const ctx = contextAt(
        doc,
        s,
        s + length,
        Math.max(codePointLength(hint.prefix ?? ""), codePointLength(hint.suffix ?? "")),
      );
      return ctx.prefix.endsWith(hint.prefix ?? "") && ctx.suffix.startsWith(hint.suffix ?? "");
    });
  }
  if (starts.length !== 1) {
    throw new AnchoringError(
      "ambiguous",
      `The quote occurs ${starts.length === 0 ? "with no occurrence matching the given context" : `${starts.length} times`}; give a prefix or suffix that picks one: "${preview(exact)}"`,
    );
  }
  const start = starts[0]!;
  const end = start + length;
  return { exact, start, end, ...contextAt(doc, start, end, CONTEXT_LENGTH) };
}

export type AnchorResolution =
  /** The text at the stored offsets is still `exact`. */
  | { status: "position"; start: number; end: number }
  /** The offsets moved; the quote and its context found it again. */
  | { status: "quote"; start: number; end: number }
  /** Neither way finds it: show it as an orphan, never drop it. */
  | { status: "orphan"; reason: "absent" | "ambiguous" };

/** Common characters at the end of a and the end of b. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a stored anchor in a (possibly edited) document: by position when the text
 * there still equals `exact`; else by the quote, choosing among several occurrences
 * the one whose surroundings best match the stored prefix and suffix; else an orphan.
 */
export function resolveAnchor(text: string | CodePointText, anchor: AnchorSelectors): AnchorResolution {
  const doc = asText(text);
  const { start, end, exact } = anchor;
  if (start >= 0 && end <= doc.length && start < end && doc.slice(start, end) === exact) {
    return { status: "position", start, end };
  }
  const starts = doc.occurrences(exact);
  if (starts.length === 0) return { status: "orphan", reason: "absent" };
  const length = codePointLength(exact);
  if (starts.length === 1) return { status: "quote", start: starts[0]!, end: starts[0]! + length };

  const scored = starts.map((s) => {
    const ctx = contextAt(doc, s, s + length, CONTEXT_LENGTH);
    return { s, score: commonTail(ctx.prefix, anchor.prefix) + commonHead(ctx.suffix, anchor.suffix) };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score === 0 || (second && second.score === best.score))
    return { status: "orphan", reason: "ambiguous" };
  return { status: "quote", start: best.s, end: best.s + length };
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
