import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { E2E_ADMIN } from "./credentials";
import { expect, test } from "./fixtures";

/**
 * Drafts and deleted items never reach a reader's page. The admin creates them over the
 * curation API, each with a marker in its id and text, linked to published content; then
 * links them from published rows (a few seeded rows get hidden far ends added, and rows
 * the rule hides are published: a quote by a draft speaker, a citation of a draft source).
 * Every kind of public page and export is fetched and searched for the marker. Nothing a
 * reader can see changes, so specs running beside this one read the seed as it is; the
 * seeded rows get their links back and everything made here is soft-deleted at the end.
 */

const M = `zq${randomBytes(5).toString("hex")}`;
const CASE = "2021-syria-border-strikes";
const ARTICLE = "doc-2021-02-syria-strikes-article";
/** Seeded rows no other spec edits: they link to hidden rows for the length of this spec. */
const SEED = {
  position: "p-repeal-and-reform",
  argument: "a-swift-decisive-action",
  otherArgument: "a-necessary-deterrent",
  event: "e-2019-12-27-k1-rocket-attack",
  source: "bas-v-tingy",
  clash: "c-reform",
  actor: "goldsmith",
  prompt: "dq-repel-or-retaliate",
};
const created: { type: string; id: string }[] = [];
const restore: { type: string; id: string; values: Record<string, unknown> }[] = [];

type Api = {
  call: (path: string, input: unknown) => Promise<unknown>;
  query: (path: string, input: unknown) => Promise<unknown>;
};
type Entity = { id: string; version: number; values: Record<string, unknown>; deletedAt: string | null };

/** The tRPC endpoint as the admin's browser calls it: same-origin JSON, superjson-wrapped. */
async function adminApi(request: APIRequestContext, baseURL: string): Promise<Api> {
  const call = async (path: string, input: unknown) => {
    const res = await request.post(`/api/trpc/${path}`, {
      data: { json: input },
      headers: { origin: baseURL, "content-type": "application/json" },
    });
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: unknown };
    expect(res.ok(), `${path}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.result!.data.json;
  };
  const query = async (path: string, input: unknown) => {
    const res = await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
    expect(res.ok(), path).toBe(true);
    return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };
  await call("auth.login", E2E_ADMIN);
  return { call, query };
}

test("drafts and deleted items never appear on a public page or in an export", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const api = await adminApi(request, baseURL!);
  const get = (type: string, id: string) => api.query("curation.get", { type, id }) as Promise<Entity>;
  const make = async (type: string, values: Record<string, unknown>, opts: { id?: string; publish?: boolean } = {}) => {
    let e = (await api.call("curation.create", { type, id: opts.id, values })) as Entity;
    created.push({ type, id: e.id });
    if (opts.publish)
      e = (await api.call("curation.transition", {
        type,
        id: e.id,
        baseVersion: e.version,
        to: "published",
      })) as Entity;
    return e.id;
  };
  /** Adds hidden ids to a seeded row's links, keeping what it had to put back at the end. */
  const link = async (type: string, id: string, add: Record<string, string[]>) => {
    const e = await get(type, id);
    restore.push({ type, id, values: e.values });
    const values = { ...e.values };
    for (const [field, ids] of Object.entries(add)) values[field] = [...((values[field] as string[]) ?? []), ...ids];
    await api.call("curation.update", { type, id, baseVersion: e.version, values });
  };

  // A hidden row of each kind: a draft, and a draft that is then deleted.
  const hidden: Record<string, [string, string]> = {};
  for (const [i, state] of (["draft", "deleted"] as const).entries()) {
    const tag = (kind: string) => `${M}-${state}-${kind}`;
    const add = async (type: string, values: Record<string, unknown>, id?: string) => {
      ((hidden[type] ??= ["", ""]) as string[])[i] = await make(type, values, { id });
    };
    await add("actor", { name: `${tag("actor")} name`, kind: "person" });
    await add(
      "legalSource",
      {
        kind: "statute",
        shortTitle: tag("source"),
        citation: `${40 + i} U.S.C. § ${M}`,
        date: "1973",
        datePrecision: "year",
        summary: tag("source"),
        verification: "checked",
      },
      tag("source"),
    );
    await add("case", { slug: tag("case"), title: tag("case"), summary: tag("case") });
    await add("document", {
      caseId: CASE,
      kind: "statement",
      title: tag("document"),
      language: "en",
      text: tag("document"),
    });
    await add("position", {
      caseId: CASE,
      title: tag("position"),
      summary: tag("position"),
      stance: "contested",
      legalFrame: "domestic",
    });
    await add("argument", {
      positionId: SEED.position,
      claim: tag("argument"),
      explanation: tag("argument"),
      attributedTo: [SEED.actor],
      events: [SEED.event],
    });
    await add(
      "citation",
      {
        argumentId: SEED.argument,
        legalSourceId: SEED.source,
        pinpoint: `at ${tag("citation")}`,
        use: "contests",
        note: tag("citation"),
      },
      tag("citation"),
    );
    await add(
      "relation",
      { fromArgumentId: SEED.argument, kind: "supports", toArgumentId: SEED.otherArgument, note: tag("relation") },
      tag("relation"),
    );
    await add("event", {
      caseId: CASE,
      title: tag("event"),
      kind: "statement",
      date: "2021-03-01",
      datePrecision: "day",
      summary: tag("event"),
    });
    await add("quote", { caseId: CASE, speakerId: SEED.actor, text: tag("quote") });
    await add("clash", { caseId: CASE, question: tag("clash") });
    await add(
      "clashSide",
      { clashId: SEED.clash, label: tag("side"), arguments: [SEED.argument], positions: [SEED.position] },
      tag("side"),
    );
    await add("prompt", { caseId: CASE, prompt: tag("prompt"), clashes: [SEED.clash] });
  }
  const article = (await api.query("document.byId", { id: ARTICLE })) as { text: string };
  hidden.anchor = ["", ""];
  for (const i of [0, 1]) {
    hidden.anchor[i] = await make(
      "anchor",
      { documentId: ARTICLE, exact: article.text.slice(2000 + i * 700, 2048 + i * 700) },
      { id: `anchor-${M}-${i ? "deleted" : "draft"}` },
    );
  }

  // Published rows linking to hidden ones: seeded rows with hidden far ends added…
  await link("argument", SEED.argument, {
    attributedTo: hidden.actor!,
    events: hidden.event!,
    quotes: hidden.quote!,
    anchors: hidden.anchor!,
  });
  await link("event", SEED.event, {
    actors: hidden.actor!,
    legalSources: hidden.legalSource!,
    anchors: hidden.anchor!,
  });
  await link("position", SEED.position, { holders: hidden.actor!, discussants: [hidden.actor![1]] });
  await link("legalSource", SEED.source, { authors: hidden.actor! });
  await link("prompt", SEED.prompt, { clashes: hidden.clash! });
  // …and published rows that need a hidden one, so the rule hides them too.
  for (const i of [0, 1]) {
    const state = i ? "deleted" : "draft";
    await make(
      "quote",
      { caseId: CASE, speakerId: hidden.actor![i], text: `${M} words of a ${state} speaker` },
      { publish: true },
    );
    await make(
      "citation",
      { argumentId: SEED.argument, legalSourceId: hidden.legalSource![i], pinpoint: "§ 2", use: "relies_on" },
      { id: `${M}-cite-${state}-source`, publish: true },
    );
    await make(
      "relation",
      { fromArgumentId: SEED.argument, kind: "rebuts", toArgumentId: hidden.argument![i] },
      { id: `${M}-rebuts-${state}`, publish: true },
    );
    await make(
      "argument",
      { positionId: hidden.position![i], claim: `${M} argument of a ${state} position`, explanation: M },
      { publish: true },
    );
    await make(
      "legalSource",
      {
        kind: "provision",
        parentId: hidden.legalSource![i],
        shortTitle: `${M} provision ${state}`,
        citation: `${40 + i} U.S.C. § ${M}a`,
        date: "1973",
        datePrecision: "year",
        summary: M,
        verification: "checked",
      },
      { id: `${M}-${state}-provision`, publish: true },
    );
  }
  for (const [type, ids] of Object.entries(hidden)) {
    const e = await get(type, ids[1]);
    await api.call("curation.delete", { type, id: ids[1], baseVersion: e.version });
  }
  const { code } = (await api.call("lessons.create", {
    caseSlug: CASE,
    title: `${M.slice(0, 2)} lesson`,
    positionIds: ["p-kaine-unconstitutional", SEED.position],
  })) as { code: string };

  // Every kind of public page, and every export.
  const pages = [
    "/",
    `/cases/${CASE}`,
    `/cases/${CASE}/article`,
    `/cases/${CASE}/timeline`,
    `/cases/${CASE}/map`,
    `/cases/${CASE}/compare?positions=p-kaine-unconstitutional,${SEED.position}`,
    `/positions/${SEED.position}`,
    `/arguments/${SEED.argument}`,
    `/arguments/${SEED.otherArgument}`,
    `/documents/${ARTICLE}`,
    `/actors/${SEED.actor}`,
    `/sources`,
    `/sources?kind=provision`,
    `/sources/${SEED.source}`,
    `/search?q=deterrence`,
    `/search?q=Goldsmith&case=${CASE}`,
    `/lesson/${code}`,
    ...["json", "arguments.csv", "sources.csv", "events.csv", "quotes.csv", "aif", "argdown", "annotations", "csl"].map(
      (f) => `/api/export/cases/${CASE}/${f}`,
    ),
    `/api/export/arguments/${SEED.argument}/json`,
    `/api/export/sources/${SEED.source}/csl`,
  ];
  for (const path of pages) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect((await res.text()).toLowerCase(), `${path} shows a hidden item`).not.toContain(M);
  }
  // The hidden rows' own addresses are not found.
  for (const path of [
    `/cases/${hidden.case![0]}`,
    `/positions/${hidden.position![0]}`,
    `/arguments/${hidden.argument![1]}`,
    `/documents/${hidden.document![0]}`,
    `/actors/${hidden.actor![0]}`,
    `/sources/${hidden.legalSource![1]}`,
    `/sources/${M}-draft-provision`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test.afterAll(async ({ request, baseURL }) => {
  // The seeded rows get their own links back; what this spec made is soft-deleted, newest first.
  const api = await adminApi(request, baseURL!);
  const get = (type: string, id: string) => api.query("curation.get", { type, id }) as Promise<Entity>;
  for (const { type, id, values } of restore.reverse()) {
    const e = await get(type, id);
    await api.call("curation.update", { type, id, baseVersion: e.version, values });
  }
  for (const { type, id } of created.reverse()) {
    const e = await get(type, id);
    if (!e.deletedAt) await api.call("curation.delete", { type, id, baseVersion: e.version });
  }
});
