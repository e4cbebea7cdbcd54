import { loadSeedContent } from "../db/seed/case-file";
import { namesOf } from "../lib/blind";

/**
 * What would give a blind comparison's sides away, from the seed: the names (and, for
 * people, surnames), aliases and ids of every actor linked to the compared positions (their
 * holders and discussants, the speakers of their arguments' quotes, the people behind the
 * sources they cite), and the positions' own ids and titles. A name in the case's title is
 * the setting, shown the same above every column, and is left out (lib/blind.ts).
 */
export function blindClues(positionIds: string[]): { clue: string; caseSensitive: boolean }[] {
  const { file } = loadSeedContent();
  const positions = file.positions.filter((p) => positionIds.includes(p.id));
  const args = file.arguments.filter((a) => positionIds.includes(a.position));
  const quoteIds = new Set(args.flatMap((a) => a.quotes));
  const sourceIds = new Set(args.flatMap((a) => a.sources.map((s) => s.source)));
  const actorIds = new Set([
    ...positions.flatMap((p) => [...p.holders, ...p.discussed_by]),
    ...file.quotes.filter((q) => quoteIds.has(q.id)).map((q) => q.speaker),
    ...file.legal_sources
      .filter((s) => sourceIds.has(s.id))
      .flatMap((s) => [...s.authors, ...s.sponsors, ...s.addressees]),
  ]);
  const setting = `${file.case.title} ${file.case.slug}`.toLowerCase();
  const clues: { clue: string; caseSensitive: boolean }[] = [];
  for (const actor of file.actors.filter((a) => actorIds.has(a.id))) {
    const names = namesOf({ name: actor.name, kind: actor.kind, aliases: actor.aliases });
    for (const clue of names.exact)
      if (!setting.includes(clue.toLowerCase())) clues.push({ clue, caseSensitive: false });
    for (const clue of names.surname)
      if (!setting.includes(clue.toLowerCase())) clues.push({ clue, caseSensitive: true });
    if (!setting.includes(actor.id)) clues.push({ clue: actor.id, caseSensitive: true });
  }
  for (const p of positions) clues.push({ clue: p.id, caseSensitive: true }, { clue: p.title, caseSensitive: false });
  return clues;
}

/** Every clue found in the text, with a little of what surrounds it. */
export function cluesIn(text: string, clues: { clue: string; caseSensitive: boolean }[]): string[] {
  const found: string[] = [];
  for (const { clue, caseSensitive } of clues) {
    const escaped = clue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
    for (const m of text.matchAll(re))
      found.push(`"${clue}" in …${text.slice(Math.max(0, m.index - 60), m.index + clue.length + 60)}…`);
  }
  return found;
}
