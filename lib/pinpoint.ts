/**
 * Whether two pinpoints into the same source point at overlapping text: a citation's
 * pinpoint and a key passage's. Pinpoints come in two shapes:
 * - pages, "at 635" or "at 637–38" (the second number may drop the leading digits), for
 *   reporters: they overlap when the page ranges share a page;
 * - a path of sections and subdivisions, "art. II, § 2, cl. 1", "§ 1541(c)(3)", "art. 51":
 *   one falls within the other when it extends it ("§ 1541(c)(3)" is inside "§ 1541(c)").
 *
 * A trailing parenthetical naming an opinion, "(Jackson, J., concurring)", is set aside for
 * the comparison; when both name one, they must name the same.
 */

interface Parsed {
  pages: [number, number] | null;
  path: string;
  opinion: string | null;
}

const PAGES = /^at\s+(\d+)(?:\s*[-–—]\s*(\d+))?$/i;

/** "637–38" → [637, 638]: a shortened second number takes the first's leading digits. */
function pageRange(first: string, last: string | undefined): [number, number] {
  const start = Number(first);
  if (!last) return [start, start];
  const end = last.length < first.length ? Number(first.slice(0, first.length - last.length) + last) : Number(last);
  return end >= start ? [start, end] : [start, start];
}

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

function parse(pinpoint: string): Parsed {
  let rest = pinpoint.trim();
  let opinion: string | null = null;
  // A parenthetical after a space is an opinion ("at 635 (Jackson, J., concurring)"); "(c)" in "§ 1541(c)" is not.
  const paren = /\s+\(([^()]*)\)$/.exec(rest);
  if (paren) {
    opinion = squash(paren[1]!);
    rest = rest.slice(0, paren.index);
  }
  const pages = PAGES.exec(rest);
  return {
    pages: pages ? pageRange(pages[1]!, pages[2]) : null,
    path: rest.toLowerCase().replace(/§§/g, "§").replace(/[–—]/g, "-").replace(/\s+/g, "").replace(/\.$/, ""),
    opinion,
  };
}

/** Whether `longer` extends `shorter` at a boundary: "§1541(c)(3)" extends "§1541(c)"; "§15410" does not extend "§1541". */
function extendsPath(longer: string, shorter: string): boolean {
  if (!longer.startsWith(shorter)) return false;
  const next = longer[shorter.length];
  return next === undefined || next === "(" || next === ",";
}

export function pinpointsOverlap(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = parse(a);
  const y = parse(b);
  if (x.opinion && y.opinion && x.opinion !== y.opinion) return false;
  if (x.pages && y.pages) return x.pages[0] <= y.pages[1] && y.pages[0] <= x.pages[1];
  if (x.pages || y.pages) return false;
  if (!x.path || !y.path) return false;
  return extendsPath(x.path, y.path) || extendsPath(y.path, x.path);
}
