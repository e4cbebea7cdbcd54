/**
 * Puts 2–4 positions side by side: rows aligned by clash, then the arguments no clash
 * covers; the legal sources more than one side cites, with how each reads them; each
 * side's source balance. Blind mode removes every identifying field here, on the
 * server, so nothing of it reaches the page.
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

/** A deterministic shuffle: the same seed always gives the same order. */
export function seededOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  // mulberry32: small consecutive seeds still give well-spread sequences.
  let state = Math.abs(Math.trunc(seed)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function buildComparison(input: ComparisonInput, opts: { order: number; blind: boolean }): Comparison {
  const positions = seededOrder(input.positions, opts.order);
  const letter = (i: number) => `Position ${String.fromCharCode(65 + i)}`;
  const sideOf = new Map<string, { clashId: string; label: string }[]>();
  for (const clash of input.clashes) {
    for (const side of clash.sides) {
      for (const id of side.argumentIds)
        sideOf.set(id, [...(sideOf.get(id) ?? []), { clashId: clash.id, label: side.label }]);
    }
  }
  const present = (a: Argument, clashId: string | null): ComparedArgument => ({
    id: a.id,
    claim: a.claim,
    sideLabel: clashId ? (sideOf.get(a.id)?.find((s) => s.clashId === clashId)?.label ?? null) : null,
    citations: a.citations,
    quotes: a.quotes.map(({ speaker, ...q }) => ({
      ...q,
      speaker: opts.blind ? null : speaker.name,
      speakerId: opts.blind ? null : speaker.id,
    })),
  });

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
      question: clash.question,
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
              shortTitle: c.shortTitle,
              sourceKind: c.sourceKind,
              readDifferently: false,
              uses: positions.map(() => []),
            })
            .get(c.sourceId)!;
        entry.uses[i]!.push({ use: c.use, formatted: c.formatted, argumentId: a.id });
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
    .map(({ id, prompt }) => ({ id, prompt }));

  return { blind: opts.blind, order: opts.order, columns, rows, others, sharedSources, prompts };
}

/** A fresh seed for the column order of a new comparison. */
export function newOrderSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}
