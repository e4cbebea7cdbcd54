import type { Expected } from "@/lib/authoring/evaluate";
import type { AuthoringLibrary } from "@/lib/authoring/propose";
import { loadSeedContent } from "./case-file";

/**
 * The first case's article, as the authoring proposer is measured on it: the text, its day
 * (the story ran on Feb. 26, 2021; the case file records only the month), what it may match
 * against (the seed's actors and legal sources, or nothing), and what the curated record says
 * it holds: its anchored quotations and events. Which actors it names is not in the case
 * file; that list is written out here from a reading of the text.
 */
export function firstCaseBenchmark(library: "current" | "none" = "current") {
  const { file, articleText } = loadSeedContent();
  const lib: AuthoringLibrary =
    library === "none"
      ? { actors: [], sources: [] }
      : {
          actors: file.actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases ?? [], kind: a.kind })),
          sources: file.legal_sources.map((s) => ({
            id: s.id,
            shortTitle: s.short_title,
            citation: s.citation,
            aliases: s.also_known_as ?? [],
          })),
        };
  const actorName = new Map(file.actors.map((a) => [a.id, a.name]));
  const expected: Expected = {
    quotes: file.quotes.flatMap((q) =>
      q.in_article && q.anchor
        ? [
            {
              start: q.anchor.start,
              end: q.anchor.end,
              speakerId: q.speaker,
              speakerNames: [actorName.get(q.speaker)!],
            },
          ]
        : [],
    ),
    events: file.events.flatMap((e) =>
      e.in_article && e.anchor
        ? [{ id: e.id, start: e.anchor.start, end: e.anchor.end, date: e.date, precision: e.date_precision }]
        : [],
    ),
    actorIds: [
      "kirby",
      "dod",
      "biden",
      "kaine",
      "white-house",
      "psaki",
      "trump",
      "soleimani",
      "muhandis",
      "kataib-hezbollah",
      "kataib-sayyid-al-shuhada",
      "saraya-awliya-al-dam",
      "iran",
      "iraq",
      "syria",
    ],
  };
  return { text: articleText, date: "2021-02-26", library: lib, expected };
}
