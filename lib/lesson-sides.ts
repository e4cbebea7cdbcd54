import type { Comparison } from "./compare";

/**
 * Sides in a lesson (ADR 0033). A student is assigned a column of the lesson's comparison;
 * "swap sides" moves every student on by one column at once, by counting the swaps
 * (`shift`) rather than rewriting each student's row. With two positions a swap exchanges
 * them; with three or four it rotates, so after as many swaps as there are columns
 * everyone is back where they started.
 */
export const SIDE_MODES = ["off", "even", "teacher"] as const;
export type SideMode = (typeof SIDE_MODES)[number];

const mod = (n: number, m: number) => ((n % m) + m) % m;

/** The column a student argues now, from the column they were given and the swaps since. */
export function currentSide(assigned: number | null, shift: number, columns: number): number | null {
  return assigned === null ? null : mod(assigned + shift, columns);
}

/** The stored assignment that makes a student argue `column` now. */
export function assignmentFor(column: number, shift: number, columns: number): number {
  return mod(column - shift, columns);
}

/**
 * The column for the next student: the one with fewest students now, the earliest of
 * those on a tie, so a class that joins one by one ends up within one of even.
 */
export function evenSide(countsNow: readonly number[]): number {
  let best = 0;
  countsNow.forEach((n, i) => {
    if (n < countsNow[best]!) best = i;
  });
  return best;
}

/**
 * Spreads students who have no side yet over the columns, each to the one with fewest at
 * that moment, in the order given (the order they joined). Returns the column of each.
 */
export function spreadEvenly(countsNow: readonly number[], waiting: number): number[] {
  const counts = [...countsNow];
  return Array.from({ length: waiting }, () => {
    const side = evenSide(counts);
    counts[side]! += 1;
    return side;
  });
}

/**
 * The comparison with one column moved to the front: what a student sees, their own
 * side first. The labels stay with their columns ("Position B" is still B).
 */
export function withColumnFirst(c: Comparison, column: number | null): Comparison {
  if (column === null || column <= 0 || column >= c.columns.length) return c;
  const front = <T>(xs: T[]): T[] => [xs[column]!, ...xs.slice(0, column), ...xs.slice(column + 1)];
  return {
    ...c,
    columns: front(c.columns),
    rows: c.rows.map((r) => ({ ...r, cells: front(r.cells) })),
    others: front(c.others),
    sharedSources: c.sharedSources.map((s) => ({ ...s, uses: front(s.uses) })),
  };
}

/** How each mode reads to a teacher choosing it. */
export const SIDE_MODE_LABELS: Record<SideMode, string> = {
  off: "No sides: students choose the position each argument supports",
  even: "Sides assigned evenly as students join",
  teacher: "Sides assigned by me, student by student",
};
