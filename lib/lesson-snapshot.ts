import type { ComparedArgument, Comparison } from "./compare";

/** What a lesson froze when it was made: the comparison and the chosen prompts. */
export interface LessonSnapshot {
  caseSlug: string;
  caseTitle: string;
  comparison: Comparison;
  prompts: { id: string; prompt: string }[];
  /** A blind lesson's comparison and prompts with the names, for after the teacher reveals them. */
  revealed?: { comparison: Comparison; prompts: { id: string; prompt: string }[] };
}

/** The curated rows a snapshot shows, by table: the ids whose publication is checked when the lesson is read. */
export interface SnapshotIds {
  arguments: string[];
  clashes: string[];
  prompts: string[];
  quotes: string[];
  legalSources: string[];
}

/** Of those ids, the ones still published now. */
export type PublishedIds = { [K in keyof SnapshotIds]: ReadonlySet<string> };

function allArguments(c: Comparison): ComparedArgument[] {
  return [...c.rows.flatMap((r) => r.cells.flat()), ...c.others.flat()];
}

export function snapshotIds(s: LessonSnapshot): SnapshotIds {
  const args = allArguments(s.comparison);
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    arguments: unique(args.map((a) => a.id)),
    clashes: unique(s.comparison.rows.map((r) => r.clashId)),
    prompts: unique([...s.prompts, ...s.comparison.prompts].map((p) => p.id)),
    quotes: unique(args.flatMap((a) => a.quotes.map((q) => q.id))),
    legalSources: unique([
      ...args.flatMap((a) => a.citations.map((c) => c.sourceId)),
      ...s.comparison.sharedSources.map((x) => x.sourceId),
    ]),
  };
}

/**
 * The snapshot without what has since left publication: an unpublished argument, quote
 * or legal source disappears from every place it appears, a question whose clash is
 * unpublished or that has no argument left goes, and so does an unpublished prompt.
 * The frozen words of what is still published are kept as they were.
 */
export function withoutWithdrawn(s: LessonSnapshot, published: PublishedIds): LessonSnapshot {
  const keep = (a: ComparedArgument): ComparedArgument => ({
    ...a,
    citations: a.citations.filter((c) => published.legalSources.has(c.sourceId)),
    quotes: a.quotes.filter((q) => published.quotes.has(q.id)),
  });
  const cell = (args: ComparedArgument[]) => args.filter((a) => published.arguments.has(a.id)).map(keep);
  const c = s.comparison;
  const comparison: Comparison = {
    ...c,
    rows: c.rows
      .filter((r) => published.clashes.has(r.clashId))
      .map((r) => ({ ...r, cells: r.cells.map(cell) }))
      .filter((r) => r.cells.some((x) => x.length > 0)),
    others: c.others.map(cell),
    sharedSources: c.sharedSources
      .filter((x) => published.legalSources.has(x.sourceId))
      .map((x) => ({ ...x, uses: x.uses.map((col) => col.filter((u) => published.arguments.has(u.argumentId))) }))
      // Shared means cited by more than one side; a source left with one side is no longer shared.
      .filter((x) => x.uses.filter((col) => col.length > 0).length > 1)
      .map((x) => ({ ...x, readDifferently: new Set(x.uses.flat().map((u) => u.use)).size > 1 })),
    prompts: c.prompts.filter((p) => published.prompts.has(p.id)),
  };
  return { ...s, comparison, prompts: s.prompts.filter((p) => published.prompts.has(p.id)) };
}
