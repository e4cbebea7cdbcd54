/**
 * Blind mode's redaction: the names of everyone linked to the compared positions, wherever
 * they stand in the page's text (claims, quotes, questions, prompts, source titles), give
 * way to a neutral label that says which column they belong to and nothing else:
 * "[Position A's speaker]". A name also in the setting (the case's own title, shown the
 * same above every column) is left alone: it names where the case happened, not a side.
 */

export interface BlindActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** The compared positions it belongs to (holds, discusses, speaks or is cited for). */
  positionIds: string[];
}

const NOUN: Record<string, string> = { person: "speaker", state: "government" };
/** Between words, not inside one: "Lee" is not redacted in "Leeway". */
const edge = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The names an actor goes by: its name, also without a leading "The" or "U.S." and before a
 * comma, its aliases and, for a person, the surname.
 */
export function namesOf(actor: Pick<BlindActor, "name" | "kind" | "aliases">): { exact: string[]; surname: string[] } {
  const plain = actor.name.replace(/^the\s+/i, "").replace(/^U\.S\.\s+/, "");
  // "Office of Legal Counsel, U.S. Department of Justice" also goes by the part before the comma.
  const head = plain.split(",")[0]!.trim();
  const exact = [actor.name, plain, head, ...actor.aliases].filter((n) => n.trim().length > 1);
  const words = actor.name.trim().split(/\s+/);
  const last = words[words.length - 1]!.replace(/[.,]$/, "");
  const surname = actor.kind === "person" && words.length > 1 && /^\p{Lu}/u.test(last) && last.length > 2 ? [last] : [];
  return { exact: [...new Set(exact)], surname };
}

/**
 * A function that replaces every name of the actors in a text with its actor's label.
 * `letterOf` gives a position's column letter; an actor of one column is that column's
 * ("[Position B's government]"), one of several or none is "[a participant]".
 */
export function blindRedactor(
  actors: BlindActor[],
  letterOf: (positionId: string) => string | null,
  setting: string,
): (text: string) => string {
  const inSetting = (name: string) => new RegExp(edge(escape(name)), "iu").test(setting);
  const labelByName = new Map<string, string>();
  const exact: string[] = [];
  const surnames: string[] = [];
  for (const actor of actors) {
    const letters = [...new Set(actor.positionIds.map(letterOf).filter((l): l is string => !!l))];
    const label = letters.length === 1 ? `[Position ${letters[0]}'s ${NOUN[actor.kind] ?? "side"}]` : "[a participant]";
    const names = namesOf(actor);
    for (const name of names.exact)
      if (!inSetting(name)) {
        exact.push(name);
        if (!labelByName.has(name.toLowerCase())) labelByName.set(name.toLowerCase(), label);
      }
    for (const name of names.surname)
      if (!inSetting(name)) {
        surnames.push(name);
        if (!labelByName.has(name.toLowerCase())) labelByName.set(name.toLowerCase(), label);
      }
  }
  // Longest first, so "Tim Kaine" is one label, not "Tim [Position A's speaker]".
  const byLength = (a: string, b: string) => b.length - a.length;
  const pattern = (names: string[], flags: string) =>
    names.length ? new RegExp(edge([...new Set(names)].sort(byLength).map(escape).join("|")), flags) : null;
  const exactPattern = pattern(exact, "giu");
  // Surnames only as names (capitalized): "Young" the senator, not "young" the adjective.
  const surnamePattern = pattern(surnames, "gu");
  const label = (match: string) => labelByName.get(match.toLowerCase()) ?? "[a participant]";
  return (text) => {
    let out = text;
    if (exactPattern) out = out.replace(exactPattern, label);
    if (surnamePattern) out = out.replace(surnamePattern, label);
    return out;
  };
}
