import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { getTableColumns } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { CONTENT_TABLES } from "@/db/content-model";
import { toCsl } from "@/lib/export/csl";
import { CASE_EXPORT_FORMATS } from "@/lib/export/formats";
import type { EntityType } from "@/lib/curation/entities";
import { SERVER_SPECS } from "../services/curation/registry";
import { appRouter } from "../root";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

/**
 * One test of the rule "readers see published content only": a draft and a deleted item
 * of every curated kind, each carrying a marker in its id and text, linked from and to
 * published content; then every public procedure, every export format, search, the map,
 * the comparison and a lesson snapshot must not reveal a marker.
 */

const db = seededDatabaseForFile();
const CASE = "2021-syria-border-strikes";
const ARTICLE = "doc-2021-02-syria-strikes-article";
const SEED = {
  position: "p-kaine-unconstitutional",
  position2: "p-white-house-article-ii",
  argument: "a-declare-war-clause-congress-decides",
  actor: "kaine",
  source: "wpr",
  clash: "c-consultation",
  event: "e-2021-02-25-strikes",
  quote: "q-kaine-2021-02-26-not-constitutional",
};

/** In every hidden row's id and text; never in anything published. */
const M = `zq${randomBytes(5).toString("hex")}`;
/** In the published rows that link to hidden ones: neutral, so they may appear. */
const P = `pl${randomBytes(5).toString("hex")}`;
const STATES = ["draft", "deleted"] as const;
type State = (typeof STATES)[number];

type Admin = Awaited<ReturnType<typeof signedIn>>;
let admin: Admin;
const toDelete: { type: EntityType; id: string }[] = [];
/** Hidden ids by kind and state; published linkers by name. */
const hidden: Record<string, Record<State, string>> = {};
const linker: Record<string, string> = {};
let lessonCode = "";
let CASE_ID = "";

async function make(type: EntityType, values: Record<string, unknown>, opts: { id?: string; publish?: boolean } = {}) {
  let e = await admin.caller.curation.create({ type, id: opts.id, values });
  if (opts.publish)
    e = await admin.caller.curation.transition({ type, id: e.id, baseVersion: e.version, to: "published" });
  return e.id;
}

/** A hidden row: a draft, or a published row deleted once everything linking to it exists. */
async function hide(
  kind: string,
  type: EntityType,
  state: State,
  values: (tag: string) => Record<string, unknown>,
  id?: (tag: string) => string,
) {
  const tag = `${M}-${state}-${kind.toLowerCase()}`;
  const created = await make(type, values(tag), { id: id?.(tag), publish: state === "deleted" });
  if (state === "deleted") toDelete.push({ type, id: created });
  (hidden[kind] ??= {} as Record<State, string>)[state] = created;
  return created;
}

const both = (kind: string) => STATES.map((s) => hidden[kind]![s]);

async function articleSlices(n: number): Promise<string[]> {
  const doc = await readerCaller(db().db).document.byId({ id: ARTICLE });
  // Distinct 48-character passages well apart: each occurs once in the article.
  return Array.from({ length: n }, (_, i) => doc.text.slice(2000 + i * 700, 2048 + i * 700));
}

beforeAll(async () => {
  admin = await signedIn(db().db, "admin");
  CASE_ID = (await db().db.select({ id: schema.cases.id }).from(schema.cases))[0]!.id;
  const passages = await articleSlices(4);
  for (const [i, state] of STATES.entries()) {
    const t = (tag: string) => `${tag} words`;
    await hide("Actor", "actor", state, (tag) => ({ name: t(tag), kind: "person", summary: t(tag) }));
    const source = await hide(
      "Source",
      "legalSource",
      state,
      (tag) => ({
        kind: "statute",
        shortTitle: t(tag),
        citation: `${40 + i} U.S.C. § ${M}`,
        date: "1973",
        datePrecision: "year",
        summary: t(tag),
        verification: "checked",
      }),
      (tag) => tag,
    );
    // A published provision of a hidden statute stays hidden with it.
    await make(
      "legalSource",
      {
        kind: "provision",
        parentId: source,
        shortTitle: `${M} provision ${state}`,
        citation: `${40 + i} U.S.C. § ${M}a`,
        date: "1973",
        datePrecision: "year",
        summary: `${M} provision`,
        verification: "checked",
      },
      { id: `${M}-${state}-provision`, publish: true },
    );

    const caseId = await hide("Case", "case", state, (tag) => ({ slug: tag, title: t(tag), summary: t(tag) }));
    // Published content inside a hidden case is hidden with it.
    const inCase = await make(
      "position",
      { caseId, title: `${M} position in hidden case`, summary: M, stance: "lawful", legalFrame: "domestic" },
      { publish: true },
    );
    await make(
      "argument",
      { positionId: inCase, claim: `${M} argument in hidden case`, explanation: M },
      { publish: true },
    );
    await make(
      "event",
      {
        caseId,
        title: `${M} event in hidden case`,
        kind: "statement",
        date: "2021",
        datePrecision: "year",
        summary: M,
      },
      { publish: true },
    );
    await make("quote", { caseId, speakerId: SEED.actor, text: `${M} quote in hidden case` }, { publish: true });
    await make("clash", { caseId, question: `${M} clash in hidden case` }, { publish: true });
    await make("prompt", { caseId, prompt: `${M} prompt in hidden case` }, { publish: true });
    await make(
      "document",
      { caseId, kind: "statement", title: `${M} document in hidden case`, language: "en", text: `${M} text` },
      { publish: true },
    );

    const doc = await hide("Document", "document", state, (tag) => ({
      caseId: CASE_ID,
      kind: "statement",
      title: t(tag),
      language: "en",
      text: `${t(tag)} and the text of the document.`,
    }));
    await make(
      "anchor",
      { documentId: doc, exact: "the text of the document" },
      { id: `anchor-${M}-${state}-in-hidden-document`, publish: true },
    );
    await hide(
      "Anchor",
      "anchor",
      state,
      () => ({ documentId: ARTICLE, exact: passages[i]! }),
      (tag) => `anchor-${tag}`,
    );

    const position = await hide("Position", "position", state, (tag) => ({
      caseId: CASE_ID,
      title: t(tag),
      summary: t(tag),
      stance: "unlawful",
      legalFrame: "domestic",
    }));
    await make(
      "argument",
      { positionId: position, claim: `${M} argument of hidden position ${state}`, explanation: M },
      { publish: true },
    );
    const argument = await hide("Argument", "argument", state, (tag) => ({
      positionId: SEED.position,
      claim: t(tag),
      explanation: t(tag),
    }));
    await make(
      "citation",
      { argumentId: argument, legalSourceId: SEED.source, pinpoint: `§ ${M}`, use: "relies_on", note: M },
      { id: `${M}-${state}-citation-of-hidden-argument`, publish: true },
    );
    await make(
      "relation",
      { fromArgumentId: argument, kind: "supports", toArgumentId: SEED.argument, note: M },
      { id: `${M}-${state}-relation-from-hidden`, publish: true },
    );
    await hide(
      "Citation",
      "citation",
      state,
      (tag) => ({
        argumentId: SEED.argument,
        legalSourceId: SEED.source,
        pinpoint: `at ${tag}`,
        use: "contests",
        note: t(tag),
      }),
      (tag) => tag,
    );
    // At the pinpoint a published argument cites the source at: it would show beside that citation.
    await hide(
      "KeyPassage",
      "keyPassage",
      state,
      (tag) => ({ legalSourceId: SEED.source, pinpoint: "§§ 1541–1548", text: t(tag), verification: "background" }),
      (tag) => tag,
    );
    await hide(
      "Relation",
      "relation",
      state,
      (tag) => ({ fromArgumentId: SEED.argument, kind: "rebuts", toPositionId: SEED.position2, note: t(tag) }),
      (tag) => tag,
    );
    await hide("Event", "event", state, (tag) => ({
      caseId: CASE_ID,
      title: t(tag),
      kind: "statement",
      date: "2021-03-01",
      datePrecision: "day",
      summary: t(tag),
      place: t(tag),
    }));
    await hide("Quote", "quote", state, (tag) => ({
      caseId: CASE_ID,
      speakerId: SEED.actor,
      text: t(tag),
      reportedBy: t(tag),
    }));
    const clash = await hide("Clash", "clash", state, (tag) => ({ caseId: CASE_ID, question: t(tag) }));
    await make(
      "clashSide",
      { clashId: clash, label: `${M} side of hidden clash`, arguments: [SEED.argument], positions: [SEED.position] },
      { id: `${M}-${state}-side-of-hidden-clash`, publish: true },
    );
    await hide(
      "ClashSide",
      "clashSide",
      state,
      (tag) => ({ clashId: SEED.clash, label: t(tag), arguments: [SEED.argument], positions: [SEED.position] }),
      (tag) => tag,
    );
    await hide("Prompt", "prompt", state, (tag) => ({ caseId: CASE_ID, prompt: t(tag), clashes: [SEED.clash] }));
  }

  // Published rows whose links end at hidden ones.
  linker.argument = await make(
    "argument",
    {
      positionId: SEED.position,
      claim: `${P} argument`,
      explanation: P,
      attributedTo: both("Actor"),
      events: both("Event"),
      quotes: both("Quote"),
      anchors: both("Anchor"),
    },
    { publish: true },
  );
  linker.position = await make(
    "position",
    {
      caseId: CASE_ID,
      title: `${P} position`,
      summary: P,
      stance: "contested",
      legalFrame: "domestic",
      holders: both("Actor"),
      discussants: both("Actor"),
    },
    { publish: true },
  );
  linker.event = await make(
    "event",
    {
      caseId: CASE_ID,
      title: `${P} event`,
      kind: "statement",
      date: "2021-03-02",
      datePrecision: "day",
      summary: P,
      actors: both("Actor"),
      legalSources: both("Source"),
      anchors: both("Anchor"),
    },
    { publish: true },
  );
  linker.quoteByHiddenSpeaker = await make(
    "quote",
    { caseId: CASE_ID, speakerId: hidden.Actor!.draft, text: `${P} words of a hidden speaker` },
    { publish: true },
  );
  linker.quoteByDeletedSpeaker = await make(
    "quote",
    { caseId: CASE_ID, speakerId: hidden.Actor!.deleted, text: `${P} words of a deleted speaker` },
    { publish: true },
  );
  linker.quote = await make(
    "quote",
    {
      caseId: CASE_ID,
      speakerId: SEED.actor,
      text: `${P} quote`,
      anchorId: hidden.Anchor!.draft,
      variantOfId: hidden.Quote!.draft,
      excerptOfId: hidden.Quote!.deleted,
      events: both("Event"),
    },
    { publish: true },
  );
  linker.source = await make(
    "legalSource",
    {
      kind: "statute",
      shortTitle: `${P} statute`,
      citation: `42 U.S.C. § 9${P.slice(2, 5)}`,
      date: "1990",
      datePrecision: "year",
      summary: P,
      verification: "checked",
      legalStatus: "repealed",
      repealedById: hidden.Source!.draft,
      sponsors: both("Actor"),
      authors: both("Actor"),
      addressees: both("Actor"),
    },
    { id: `${P}-statute`, publish: true },
  );
  linker.citationOfSource = await make(
    "citation",
    { argumentId: linker.argument, legalSourceId: linker.source, pinpoint: "§ 1", use: "relies_on" },
    { id: `${P}-cite-1`, publish: true },
  );
  for (const [n, target] of [
    ["to-draft-argument", { toArgumentId: hidden.Argument!.draft }],
    ["to-deleted-argument", { toArgumentId: hidden.Argument!.deleted }],
    ["to-draft-position", { toPositionId: hidden.Position!.draft }],
    ["to-deleted-event", { toEventId: hidden.Event!.deleted }],
    ["to-draft-event", { toEventId: hidden.Event!.draft }],
  ] as const) {
    await make(
      "relation",
      { fromArgumentId: linker.argument, kind: "rebuts", ...target },
      { id: `${P}-relation-${n}`, publish: true },
    );
  }
  await make(
    "relation",
    { fromPositionId: hidden.Position!.draft, kind: "rebuts", toArgumentId: linker.argument },
    { id: `${P}-relation-from-draft-position`, publish: true },
  );
  for (const state of STATES) {
    await make(
      "citation",
      { argumentId: linker.argument, legalSourceId: hidden.Source![state], pinpoint: "§ 2", use: "relies_on" },
      { id: `${P}-cite-${state}`, publish: true },
    );
  }
  linker.clashSide = await make(
    "clashSide",
    { clashId: SEED.clash, label: `${P} side`, positions: both("Position"), arguments: both("Argument") },
    { id: `${P}-side`, publish: true },
  );
  linker.prompt = await make(
    "prompt",
    { caseId: CASE_ID, prompt: `${P} prompt`, clashes: both("Clash") },
    { publish: true },
  );

  for (const { type, id } of toDelete) {
    const e = await admin.caller.curation.get({ type, id });
    await admin.caller.curation.delete({ type, id, baseVersion: e.version });
  }
  ({ code: lessonCode } = await admin.caller.lessons.create({
    caseSlug: CASE,
    title: `${P} lesson`,
    positionIds: [SEED.position, linker.position, SEED.position2],
    promptIds: [linker.prompt],
  }));
}, 120_000);

type Call = { path: string; input?: unknown };

/** Inputs for every public procedure: published ids that link to hidden rows, and the hidden ids themselves. */
function publicCalls(): Record<string, Call["input"][]> {
  const hiddenIds = Object.values(hidden).flatMap((s) => Object.values(s));
  const q = [M, `${M} words`, P, "Kaine", "war powers"];
  return {
    "case.list": [undefined],
    "case.bySlug": [{ slug: CASE }, ...both("Case").map((slug) => ({ slug }))],
    "document.byId": [ARTICLE, ...hiddenIds].map((id) => ({ id })),
    "position.byId": [SEED.position, SEED.position2, linker.position!, ...hiddenIds].map((id) => ({ id })),
    "argument.byId": [SEED.argument, "a-youngstown-lowest-ebb", linker.argument!, ...hiddenIds].map((id) => ({ id })),
    "argument.versions": [SEED.argument, linker.argument!, ...hiddenIds].map((id) => ({ id })),
    "argument.version": [SEED.argument, linker.argument!, ...hiddenIds].flatMap((id) =>
      [1, 2, 3].map((version) => ({ id, version })),
    ),
    "legalSource.list": [{}, { text: M }, { kind: "statute" }, { kind: "provision" }],
    "legalSource.byId": [SEED.source, linker.source!, ...hiddenIds, ...STATES.map((s) => `${M}-${s}-provision`)].map(
      (id) => ({ id }),
    ),
    "event.list": [{ caseSlug: CASE }, ...both("Case").map((caseSlug) => ({ caseSlug }))],
    "event.byId": [SEED.event, linker.event!, ...hiddenIds].map((id) => ({ id })),
    "quote.byId": [
      SEED.quote,
      linker.quote!,
      linker.quoteByHiddenSpeaker!,
      linker.quoteByDeletedSpeaker!,
      ...hiddenIds,
    ].map((id) => ({ id })),
    "actor.byId": [SEED.actor, ...hiddenIds].map((id) => ({ id })),
    "search.suggest": q.map((text) => ({ q: text })),
    "search.query": q.flatMap((text) => [
      { q: text, pageSize: 50 },
      { q: text, caseSlug: CASE, pageSize: 50 },
      { q: text, kind: "actor" },
      { q: text, kind: "quote" },
    ]),
    "compare.positions": [
      { caseSlug: CASE, positionIds: [SEED.position, linker.position] },
      { caseSlug: CASE, positionIds: [SEED.position, SEED.position2, linker.position] },
      { caseSlug: CASE, positionIds: [SEED.position, linker.position], blind: true },
      { caseSlug: CASE, positionIds: [SEED.position, hidden.Position!.draft] },
    ],
    "lessons.byCode": [{ code: lessonCode }],
    "lessons.join": [{ code: lessonCode }],
    "lessons.vote": [{ code: lessonCode, clashId: SEED.clash, argumentId: hidden.Argument!.draft }],
    "lessons.room": [{ code: lessonCode }],
    "lessons.setName": [{ code: lessonCode, name: "A reader" }],
    "lessons.contribute": [
      {
        code: lessonCode,
        name: "A reader",
        side: 0,
        claim: "A rebuttal of a hidden argument.",
        replyTo: { kind: "argument", id: hidden.Argument!.draft },
      },
      {
        code: lessonCode,
        name: "A reader",
        side: 0,
        clashId: hidden.Clash!.draft,
        claim: "An argument on a hidden question.",
      },
    ],
    "map.graph": [
      { caseSlug: CASE },
      { caseSlug: CASE, source: hidden.Source!.draft },
      { caseSlug: CASE, event: hidden.Event!.draft },
      ...both("Case").map((caseSlug) => ({ caseSlug })),
    ],
    "site.sitemap": [undefined],
    "site.feed": [{}, { caseSlug: CASE }, ...both("Case").map((caseSlug) => ({ caseSlug }))],
    "map.focus": [
      { caseSlug: CASE, argumentId: SEED.argument },
      { caseSlug: CASE, argumentId: linker.argument! },
      ...both("Argument").map((argumentId) => ({ caseSlug: CASE, argumentId })),
      ...both("Case").map((caseSlug) => ({ caseSlug, argumentId: SEED.argument })),
    ],
    "export.caseData": [{ slug: CASE }, ...both("Case").map((slug) => ({ slug }))],
    "export.sourceParts": [
      { ids: [SEED.source, linker.source, ...hiddenIds, ...STATES.map((s) => `${M}-${s}-provision`)] },
    ],
    // Accounts, not content.
    "auth.me": [undefined],
    "auth.login": [{ email: "nobody@example.org", password: "wrong" }],
  };
}

const lower = (value: unknown) => JSON.stringify(value ?? null).toLowerCase();

/** Calls a procedure by its path as a reader; the answer, or the refusal's code. */
async function call(
  path: string,
  input: unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string }> {
  const reader = readerCaller(db().db) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [router, name] = path.split(".") as [string, string];
  try {
    return { ok: true, value: await reader[router]![name]!(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

describe("readers see published content only", () => {
  it("no public procedure, export, search, map, comparison or lesson reveals a draft or deleted item", async () => {
    // Every curated table is covered: the test makes a hidden row of each kind the curation registry knows.
    const curated = Object.entries(CONTENT_TABLES)
      .filter(([, table]) => "status" in getTableColumns(table))
      .map(([name]) => name);
    const covered = Object.values(SERVER_SPECS).map(
      (spec) => Object.entries(CONTENT_TABLES).find(([, t]) => t === spec.table)![0],
    );
    expect(curated.sort()).toEqual([...new Set(covered)].sort());
    expect(Object.keys(hidden).length * STATES.length).toBe(Object.keys(SERVER_SPECS).length * 2);

    const calls = publicCalls();
    /** Where a marker showed up: all of them are listed, not just the first. */
    const leaks: string[] = [];
    const scan = (where: string, text: string) => {
      if (text.toLowerCase().includes(M))
        leaks.push(
          `${where}: …${text.slice(Math.max(0, text.toLowerCase().indexOf(M) - 80), text.toLowerCase().indexOf(M) + 40)}…`,
        );
    };
    let answered = 0;
    let refused = 0;
    for (const [path, procedure] of Object.entries(
      (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
    )) {
      if (!(path in calls)) {
        // Anything not listed must refuse an anonymous reader before it reads content.
        const result = await call(path, undefined);
        expect(result.ok ? "answered" : result.code, `${path} is public: add it to publicCalls`).toMatch(
          /^(UNAUTHORIZED|FORBIDDEN)$/,
        );
        continue;
      }
      expect(procedure).toBeDefined();
      for (const input of calls[path]!) {
        const result = await call(path, input);
        if (!result.ok) {
          refused++;
          // A refusal may name what was asked for, never anything else.
          expect(result.code, `${path}(${JSON.stringify(input)})`).toMatch(
            /^(NOT_FOUND|BAD_REQUEST|UNAUTHORIZED|FORBIDDEN)$/,
          );
          const asked = lower(input);
          if (!asked.includes(M)) expect(result.message.toLowerCase()).not.toContain(M);
          continue;
        }
        answered++;
        // Search repeats the words it was given; that echo is the reader's own input.
        const value = path === "search.query" ? { ...(result.value as object), query: undefined } : result.value;
        scan(`${path}(${JSON.stringify(input)})`, JSON.stringify(value ?? null));
      }
    }

    // Every export format of the case, the argument export and the source export.
    const reader = readerCaller(db().db);
    const data = await reader.export.caseData({ slug: CASE });
    for (const [format, spec] of Object.entries(CASE_EXPORT_FORMATS)) {
      scan(`the ${format} export`, spec.render(data, "https://example.org"));
    }
    const argument = await reader.argument.byId({ id: linker.argument! });
    scan("the argument export", JSON.stringify(argument));
    const source = await reader.legalSource.byId({ id: linker.source! });
    const [parts] = await reader.export.sourceParts({ ids: [linker.source!] });
    scan("the source export", JSON.stringify(toCsl([{ ...source, citationParts: parts!.citationParts }])));
    expect(leaks).toEqual([]);

    // The published linkers themselves are there: the test is not passing because nothing shows.
    expect(argument.events.length + argument.quotes.length + argument.attributedTo.length).toBe(0);
    expect(data.arguments.map((a) => a.id)).toContain(linker.argument);
    expect(data.quotes.map((q) => q.id)).toContain(linker.quote);
    expect(data.quotes.map((q) => q.id)).not.toContain(linker.quoteByHiddenSpeaker);
    // Counts agree with what is listed: a hidden row is not counted either.
    expect((await reader.case.bySlug({ slug: CASE })).counts.quotes).toBe(data.quotes.length);
    const lesson = await reader.lessons.byCode({ code: lessonCode });
    if (!("comparison" in lesson)) throw new Error(`the lesson is not open: ${lesson.notice}`);
    expect(lesson.comparison.columns.map((c) => c.positionId)).toContain(linker.position);
    console.info(
      `published-only: ${Object.keys(hidden).length} kinds × ${STATES.length} states hidden; ${Object.keys(calls).length} public procedures, ${answered} answers and ${refused} refusals scanned; ${Object.keys(CASE_EXPORT_FORMATS).length} export formats`,
    );
  }, 120_000);
});

describe("the argument map", () => {
  it("holds the case's own relations only: an event of another case never becomes a node", async () => {
    const other = await make(
      "case",
      { slug: `${P}-other-case`, title: `${P} other case`, summary: P },
      { publish: true },
    );
    const elsewhere = await make(
      "event",
      {
        caseId: other,
        title: `${P} event of another case`,
        kind: "statement",
        date: "2020",
        datePrecision: "year",
        summary: P,
      },
      { publish: true },
    );
    await make(
      "relation",
      { fromArgumentId: SEED.argument, kind: "rebuts", toEventId: elsewhere },
      { id: `${P}-relation-across-cases`, publish: true },
    );
    const graph = await readerCaller(db().db).map.graph({ caseSlug: CASE });
    expect(graph.nodes.map((n) => n.id)).not.toContain(elsewhere);
    expect(graph.edges.map((e) => e.id)).not.toContain(`${P}-relation-across-cases`);
    expect(graph.nodes.filter((n) => n.kind === "event").length).toBeGreaterThan(0);
  });
});
