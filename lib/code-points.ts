/**
 * Offsets into a text counted in Unicode code points, as W3C TextPositionSelector
 * requires, while JavaScript strings index UTF-16 code units. One instance per text
 * maps between the two in O(1) after an O(n) scan.
 */
export class CodePointText {
  readonly text: string;
  /** unitOffset[i] = UTF-16 offset of code point i; one extra entry for the end. */
  private readonly unitOffset: Uint32Array;

  constructor(text: string) {
    this.text = text;
    const offsets: number[] = [];
    for (let unit = 0; unit < text.length;) {
      offsets.push(unit);
      const cp = text.codePointAt(unit)!;
      unit += cp > 0xffff ? 2 : 1;
    }
    offsets.push(text.length);
    this.unitOffset = Uint32Array.from(offsets);
  }

  /** Length in code points. */
  get length(): number {
    return this.unitOffset.length - 1;
  }

  /** UTF-16 offset of a code point offset (0…length). */
  toUnit(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) {
      throw new RangeError(`Code point offset ${codePoint} is outside 0…${this.length}`);
    }
    return this.unitOffset[codePoint]!;
  }

  /** Code point offset of a UTF-16 offset that falls on a code point boundary. */
  toCodePoint(unit: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = this.unitOffset[mid]!;
      if (value === unit) return mid;
      if (value < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new RangeError(`UTF-16 offset ${unit} splits a code point`);
  }

  /** The text between two code point offsets, end exclusive. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }

  /** Code point offsets of every occurrence of `needle`, overlapping ones included. */
  occurrences(needle: string): number[] {
    if (!needle) return [];
    const found: number[] = [];
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      // A match that starts inside a surrogate pair is not a real match.
      try {
        found.push(this.toCodePoint(at));
      } catch {
        continue;
      }
    }
    return found;
  }
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
