/**
 * The names cached public reads are tagged with, and that writes purge. One vocabulary, so
 * a read and the write that changes it cannot disagree on a spelling.
 *
 * - `pub`: every public read (a purge of everything, for restores of the database).
 * - `cases`: the list of cases (the home page).
 * - `case:<slug>`: everything a case's pages show: the case, its article and documents,
 *   positions, arguments, events, quotes, clashes and prompts, with the actors and legal
 *   sources they name.
 * - `sources`: the list of legal sources (and the map's source filter).
 * - `<entity>:<id>`: one item's own page (`argument:a-…`, `source:war-powers-resolution`,
 *   `actor:kaine`…), tagged on a miss too, so publishing turns a cached 404 into the page.
 */
export const TAGS = {
  all: "pub",
  caseList: "cases",
  sourceList: "sources",
  case: (slug: string) => `case:${slug}`,
  argument: (id: string) => `argument:${id}`,
  position: (id: string) => `position:${id}`,
  document: (id: string) => `document:${id}`,
  source: (id: string) => `source:${id}`,
  actor: (id: string) => `actor:${id}`,
  event: (id: string) => `event:${id}`,
  quote: (id: string) => `quote:${id}`,
  /** Whether a lesson code exists (its page's 404); the lesson itself is read per request. */
  lesson: (code: string) => `lesson:${code.toUpperCase()}`,
} as const;

/** Next refuses tags over 256 characters; ids and slugs are far shorter, this is the guard. */
export const MAX_TAG_LENGTH = 256;
