import { blindRedactor, type BlindActor } from "./blind";
import { seededRandom } from "./seeded-random";

/**
 * Puts 2–4 positions side by side: rows aligned by clash, then the arguments no clash
 * covers; the legal sources more than one side cites, with how each reads them; each
 * side's source balance. Blind mode removes every identifying field here, on the
 * server, so nothing of it reaches the page: titles, holders, speakers and quote dates go,
 * and the names of everyone linked to a position give way to a neutral label wherever
 * they stand in the text (lib/blind.ts). `forDisplay` then swaps the ids that spell out
 * names (quotes', sources', prompts') for opaque ones before the page is sent.
 */
export interface ComparisonInput {
  positions: {
    id: string;
    title: string;
    summary: string;
    stance: "lawful" | "unlawful" | "contested" | "reform";
    legalFrame: string;
    holders: { id: string; name: string }[];
    arguments: {
      id: string;
      claim: string;
      citations: {
        sourceId: string;
        sourceKind: string;
        shortTitle: string;
        formatted: string;
        pinpoint: string | null;
        use: "relies_on" | "distinguishes" | "contests";
      }[];
      quotes: {
        id: string;
        text: string;
        speaker: { id: string; name: string };
        date: string | null;
        datePrecision: "day" | "month" | "year" | null;
        fragment: boolean;
      }[];
    }[];
  }[];
  clashes: { id: string; question: string; sides: { label: string; argumentIds: string[]; positionIds: string[] }[] }[];
  prompts: { id: string; prompt: string; clashIds: string[] }[];
  /** Everyone linked to the positions, whose names blind mode replaces. */
  actors?: BlindActor[];
  /** What the page shows above every column (the case's title): its names are not redacted. */
  setting?: string;
}

type Position = ComparisonInput["positions"][number];
type Argument = Position["arguments"][number];

export interface ComparisonColumn {
  key: string;
  /** "Position A" in blind mode, else the position's title. */
  label: string;
  positionId: string | null;
  title: string;
  summary: string;
  stance: Position["stance"];
  holders: string[];
  balance: { total: number; byKind: Record<string, number> };
}

export interface ComparedArgument {
  id: string;
  claim: string;
  sideLabel: string | null;
  citations: Argument["citations"];
  quotes: (Omit<Argument["quotes"][number], "speaker"> & { speaker: string | null; speakerId: string | null })[];
}

export interface Comparison {
  blind: boolean;
  order: number;
  columns: ComparisonColumn[];
  rows: { clashId: string; question: string; cells: ComparedArgument[][] }[];
  others: ComparedArgument[][];
  sharedSources: {
    sourceId: string;
    shortTitle: string;
    sourceKind: string;
    readDifferently: boolean;
    uses: { use: Argument["citations"][number]["use"]; formatted: string; argumentId: string }[][];
  }[];
  prompts: { id: string; prompt: string }[];
}

/**
 * What blind mode does to the page's text: the names of everyone linked to a position give
 * way to its column's label ("[Position B's speaker]"). Outside blind mode, nothing.
 */
export function redactorFor(input: ComparisonInput, opts: { order: number; blind: boolean }): (text: string) => string {
  if (!opts.blind) return (text) => text;
  const positions = seededOrder(input.positions, opts.order);
  return blindRedactor(
    input.actors ?? [],
    (id) => {
      const i = positions.findIndex((p) => p.id === id);
      return i < 0 ? null : String.fromCharCode(65 + i);
    },
    input.setting ?? "",
  );
}

/** A deterministic shuffle: the same seed always gives the same order. */
export function seededOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function buildComparison(input: ComparisonInput, opts: { order: number; blind: boolean }): Comparison {
  const positions = seededOrder(input.positions, opts.order);
  const letter = (i: number) => `Position ${String.fromCharCode(65 + i)}`;
  const redact = redactorFor(input, opts);
  const citation = (c: Argument["citations"][number]) =>
    opts.blind ? { ...c, shortTitle: redact(c.shortTitle), formatted: redact(c.formatted) } : c;
  const sideOf = new Map<string, { clashId: string; label: string }[]>();
  for (const clash of input.clashes) {
    for (const side of clash.sides) {
      for (const id of side.argumentIds)
        sideOf.set(id, [...(sideOf.get(id) ?? []), { clashId: clash.id, label: side.label }]);
    }
  }
  const present = (a: Argument, clashId: string | null): ComparedArgument => {
    const sideLabel = clashId ? (sideOf.get(a.id)?.find((s) => s.clashId === clashId)?.label ?? null) : null;
    return {
      id: a.id,
      claim: redact(a.claim),
      sideLabel: sideLabel && redact(sideLabel),
      citations: a.citations.map(citation),
      quotes: a.quotes.map(({ speaker, ...q }) =>
        opts.blind
          ? { ...q, text: redact(q.text), date: null, datePrecision: null, speaker: null, speakerId: null }
          : { ...q, speaker: speaker.name, speakerId: speaker.id },
      ),
    };
  };

  const columns: ComparisonColumn[] = positions.map((p, i) => {
    const sources = new Map<string, string>();
    for (const a of p.arguments) for (const c of a.citations) sources.set(c.sourceId, c.sourceKind);
    const byKind: Record<string, number> = {};
    for (const kind of sources.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
    return {
      key: opts.blind ? String.fromCharCode(65 + i) : p.id,
      label: opts.blind ? letter(i) : p.title,
      positionId: opts.blind ? null : p.id,
      title: opts.blind ? "" : p.title,
      summary: opts.blind ? "" : p.summary,
      stance: p.stance,
      holders: opts.blind ? [] : p.holders.map((h) => h.name),
      balance: { total: sources.size, byKind },
    };
  });

  const shown = new Set<string>();
  const rows = input.clashes
    .map((clash) => ({
      clashId: clash.id,
      question: redact(clash.question),
      cells: positions.map((p) =>
        p.arguments
          .filter((a) => sideOf.get(a.id)?.some((s) => s.clashId === clash.id))
          .map((a) => (shown.add(a.id), present(a, clash.id))),
      ),
    }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  const others = positions.map((p) => p.arguments.filter((a) => !shown.has(a.id)).map((a) => present(a, null)));

  const bySource = new Map<string, Comparison["sharedSources"][number]>();
  positions.forEach((p, i) => {
    for (const a of p.arguments) {
      for (const c of a.citations) {
        const entry =
          bySource.get(c.sourceId) ??
          bySource
            .set(c.sourceId, {
              sourceId: c.sourceId,
              shortTitle: citation(c).shortTitle,
              sourceKind: c.sourceKind,
              readDifferently: false,
              uses: positions.map(() => []),
            })
            .get(c.sourceId)!;
        entry.uses[i]!.push({ use: c.use, formatted: citation(c).formatted, argumentId: a.id });
      }
    }
  });
  const sharedSources = [...bySource.values()]
    .filter((s) => s.uses.filter((u) => u.length > 0).length >= 2)
    .map((s) => ({ ...s, readDifferently: new Set(s.uses.flat().map((u) => u.use)).size > 1 }))
    .sort((a, b) => Number(b.readDifferently) - Number(a.readDifferently) || a.shortTitle.localeCompare(b.shortTitle));

  const shownClashes = new Set(rows.map((r) => r.clashId));
  const prompts = input.prompts
    .filter((p) => p.clashIds.length === 0 || p.clashIds.some((c) => shownClashes.has(c)))
    .map(({ id, prompt }) => ({ id, prompt: redact(prompt) }));

  return { blind: opts.blind, order: opts.order, columns, rows, others, sharedSources, prompts };
}

/** Opaque names for the ids a blind page would otherwise carry, by kind and id ("argument:a-olc-…" → "argument-3"). */
export type BlindTokens = ReadonlyMap<string, string>;

/**
 * The tokens of every id in a comparison, numbered in the order they appear. Made from the
 * whole comparison (a lesson's stored one), so a token stays the same when something is
 * later left out of what students see.
 */
export function blindTokens(c: Comparison): BlindTokens {
  const tokens = new Map<string, string>();
  const counts = new Map<string, number>();
  const add = (kind: string, id: string) => {
    const key = `${kind}:${id}`;
    if (tokens.has(key)) return;
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    tokens.set(key, `${kind}-${n}`);
  };
  const argument = (a: ComparedArgument) => {
    add("argument", a.id);
    for (const x of a.citations) add("source", x.sourceId);
    for (const q of a.quotes) add("quote", q.id);
  };
  for (const r of c.rows) {
    add("clash", r.clashId);
    r.cells.flat().forEach(argument);
  }
  c.others.flat().forEach(argument);
  for (const s of c.sharedSources) add("source", s.sourceId);
  for (const p of c.prompts) add("prompt", p.id);
  return tokens;
}

/** The id a token stands for, or undefined when it is no token of this kind. */
export function fromToken(tokens: BlindTokens, kind: "argument" | "clash", token: string): string | undefined {
  for (const [key, value] of tokens)
    if (value === token && key.startsWith(`${kind}:`)) return key.slice(kind.length + 1);
  return undefined;
}

/**
 * The comparison as it may leave the server. A blind one carries no id at all: ids come
 * from titles and claims, and spell out a speaker, a date, an author or an office
 * ("q-kaine-2021-02-26-…", "biden-wpr-letter-…", "a-olc-two-part-test"). Each becomes its
 * token; a lesson's votes name arguments and questions by token, and the server maps them back.
 */
export function forDisplay(c: Comparison, tokens: BlindTokens = blindTokens(c)): Comparison {
  if (!c.blind) return c;
  const token = (kind: string, id: string) => tokens.get(`${kind}:${id}`) ?? `${kind}-withheld`;
  const argument = (a: ComparedArgument): ComparedArgument => ({
    ...a,
    id: token("argument", a.id),
    citations: a.citations.map((x) => ({ ...x, sourceId: token("source", x.sourceId) })),
    quotes: a.quotes.map((q) => ({ ...q, id: token("quote", q.id) })),
  });
  return {
    ...c,
    rows: c.rows.map((r) => ({
      ...r,
      clashId: token("clash", r.clashId),
      cells: r.cells.map((cell) => cell.map(argument)),
    })),
    others: c.others.map((cell) => cell.map(argument)),
    sharedSources: c.sharedSources.map((s) => ({
      ...s,
      sourceId: token("source", s.sourceId),
      uses: s.uses.map((col) => col.map((u) => ({ ...u, argumentId: token("argument", u.argumentId) }))),
    })),
    prompts: c.prompts.map((p) => ({ ...p, id: token("prompt", p.id) })),
  };
}

/** A fresh seed for the column order of a new comparison. */
export function newOrderSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}
