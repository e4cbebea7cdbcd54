import type { Span } from "./text";

/** An actor the library already has, as the proposers match it. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
}

/** A name in the text: the actor it names, or none (a new actor to propose), and why. */
export interface ActorMention extends Span {
  name: string;
  actorId: string | null;
  /** Several actors answer to this name (a shared surname): none is chosen. */
  candidates: string[];
  evidence: string;
}

const PERSON_KINDS = new Set(["person"]);
/** Words that introduce a person's name: a title or a role. */
const TITLE =
  /(?:Senator|Sen\.|Representative|Rep\.|President|Vice President|Secretary|Gen\.|General|Adm\.|Admiral|commander|leader|spokesman|spokeswoman|spokesperson|Minister|Speaker|Leader|Ambassador|Judge|Justice)/;
const NAME_WORD = String.raw`(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.|al-[A-Z][a-z]+|bin|ibn|de|van|von)`;
const TITLED_NAME = new RegExp(
  String.raw`\b${TITLE.source}\s+((?:${NAME_WORD}\s+){0,3}[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)`,
  "g",
);

interface Key {
  text: string;
  ids: string[];
  how: string;
}

/** Every way the text may name a known actor: name, aliases, a person's name without its middle initial, a surname. */
function keysOf(actors: KnownActor[]): Key[] {
  const byText = new Map<string, Key>();
  const add = (text: string, id: string, how: string) => {
    if (text.length < 2) return;
    const key = byText.get(text);
    if (!key) byText.set(text, { text, ids: [id], how });
    else if (!key.ids.includes(id)) key.ids.push(id);
  };
  for (const a of actors) {
    add(a.name, a.id, "its name");
    for (const alias of a.aliases) add(alias, a.id, `its alias “${alias}”`);
    if (a.name.startsWith("The ")) add(a.name.slice(4), a.id, "its name");
    if (a.name.startsWith("U.S. ")) add(a.name.slice(5), a.id, "its name");
    if (PERSON_KINDS.has(a.kind)) {
      const words = a.name.split(/\s+/);
      if (words.length > 2) add(`${words[0]} ${words.at(-1)}`, a.id, "its name without the middle initial");
      if (words.length > 1) add(words.at(-1)!, a.id, "the surname");
    }
  }
  // Longest first, so "Kataib Sayyid al-Shuhada" wins over a shorter name inside it.
  return [...byText.values()].sort((a, b) => b.text.length - a.text.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The actors a text names: every mention of a known actor (by name, alias or surname; a
 * surname several actors share is flagged, not guessed), and names after a title
 * ("Senator Jane Doe") that match no one, proposed as new actors.
 */
export function findActors(text: string, actors: KnownActor[]): ActorMention[] {
  const taken: Span[] = [];
  const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
  const out: ActorMention[] = [];
  for (const key of keysOf(actors)) {
    // A hyphen joins two names ("Syria-Iraq border") but not a name and a word ("Iran-backed").
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?<!(?:^|[^\p{L}])\p{Ll}+-)${escape(key.text)}(?:['’]s)?(?![\p{L}\p{N}]|-\p{Ll})`,
      "gu",
    );
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[0].replace(/['’]s$/, "");
      const span = { start: m.index, end: m.index + name.length };
      if (!free(span)) continue;
      taken.push(span);
      const single = key.ids.length === 1;
      out.push({
        ...span,
        name,
        actorId: single ? key.ids[0]! : null,
        candidates: single ? [] : key.ids,
        evidence: single
          ? `Matches ${key.how}.`
          : `“${name}” is ${key.how} of ${key.ids.length} actors (${key.ids.join(", ")}): choose one.`,
      });
    }
  }
  for (let m = TITLED_NAME.exec(text); m; m = TITLED_NAME.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const span = { start, end: start + name.length };
    if (!free(span) || name.split(/\s+/).length < 2) continue;
    taken.push(span);
    out.push({
      ...span,
      name,
      actorId: null,
      candidates: [],
      evidence: `A name after a title; no actor is called “${name}”.`,
    });
  }
  // A shared surname, after one of its bearers was named in full: that one ("Mike Lee … Lee also said").
  const named = new Set(out.filter((m) => m.actorId && /\s/.test(m.name)).map((m) => m.actorId!));
  for (const m of out) {
    if (m.actorId || m.candidates.length < 2) continue;
    const inFull = m.candidates.filter((id) => named.has(id));
    if (inFull.length !== 1) continue;
    m.actorId = inFull[0]!;
    m.evidence = `The surname of ${actors.find((a) => a.id === m.actorId)!.name}, named in full in this text.`;
    m.candidates = [];
  }
  return out.sort((a, b) => a.start - b.start);
}
