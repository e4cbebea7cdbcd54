import { TRPCError } from "@trpc/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { EntityType } from "@/lib/curation/entities";
import { toCaseJson } from "@/lib/export/json";
import { tagsFor } from "./cache-invalidation";
import { MAX_TAG_LENGTH } from "./cache-tags";
import { createCaller } from "./root";
import { SESSION_COOKIE } from "./services/auth";
import { readerCaller, seededDatabaseForFile, signedIn } from "./testing";

/**
 * What each change purges, through the curation router as the route handler runs it: every
 * test builds its own cases, sources and actors (quietly, by callers that purge nothing),
 * then makes one change with a caller whose `invalidate` records the tags.
 */

const db = seededDatabaseForFile();
type Who = Awaited<ReturnType<typeof signedIn>>;
let admin: Who;
let editor: Who;
beforeAll(async () => {
  admin = await signedIn(db().db, "admin");
  editor = await signedIn(db().db, "editor");
});

/** Each call of `invalidate`: one per change that purged anything. */
let purged: string[][] = [];
beforeEach(() => {
  purged = [];
});

function takePurged(): string[][] {
  const out = purged;
  purged = [];
  return out;
}

/** The tags, in the order tagsFor answers them. */
const tags = (...t: string[]) => [...t].sort();

/** A caller that purges into `purged`, as the route handler would into revalidateTag. */
function purging(who: Who, idempotencyKey?: string) {
  const headers = new Headers({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(who.token)}` });
  if (idempotencyKey) headers.set("idempotency-key", idempotencyKey);
  return createCaller({
    getDb: async () => db().db,
    headers,
    resHeaders: new Headers(),
    invalidate: (t) => void purged.push(t),
  });
}

// Setting up: created (and published) by a caller without `invalidate`.
let n = 0;
const fresh = (word: string) => `${word} ${++n}`;

async function make(type: EntityType, values: Record<string, unknown>, publish = true) {
  const row = await admin.caller.curation.create({ type, values });
  return publish
    ? admin.caller.curation.transition({ type, id: row.id, baseVersion: row.version, to: "published" })
    : row;
}
const aCase = async (publish = true) =>
  (
    await make(
      "case",
      { slug: `cache-case-${++n}`, title: fresh("Case"), summary: "A case of the cache tests." },
      publish,
    )
  ).id;
const aPosition = async (caseId: string, more: Record<string, unknown> = {}) =>
  (
    await make("position", {
      caseId,
      title: fresh("Position"),
      summary: "Held.",
      stance: "lawful",
      legalFrame: "domestic",
      ...more,
    })
  ).id;
const anArgument = (positionId: string, more: Record<string, unknown> = {}, publish = true) =>
  make("argument", { positionId, claim: fresh("Claim"), explanation: "Because.", ...more }, publish);
const anActor = async () => (await make("actor", { name: fresh("Speaker"), kind: "person" })).id;
const aStatute = async (more: Record<string, unknown> = {}) =>
  (
    await make("legalSource", {
      kind: "statute",
      shortTitle: fresh("Statute"),
      citation: `${10 + (n % 40)} U.S.C. § ${1000 + n}`,
      date: "1973",
      datePrecision: "year",
      summary: "A statute.",
      verification: "checked",
      ...more,
    })
  ).id;
const aProvision = async (parentId: string) =>
  aStatute({ kind: "provision", parentId, citation: `${10 + (n % 40)} U.S.C. § ${1000 + n}a` });
const aCitation = async (argumentId: string, legalSourceId: string, publish = true) =>
  (await make("citation", { argumentId, legalSourceId, use: "relies_on" }, publish)).id;
const anEvent = async (caseId: string, more: Record<string, unknown> = {}, publish = true) =>
  make(
    "event",
    {
      caseId,
      title: fresh("Event"),
      kind: "statement",
      date: "2021",
      datePrecision: "year",
      summary: "It happened.",
      ...more,
    },
    publish,
  );

describe("drafts", () => {
  it("creating, editing and submitting a draft purge nothing: readers never saw it", async () => {
    const position = await aPosition(await aCase());
    const as = purging(editor);
    const draft = await as.curation.create({
      type: "argument",
      values: { positionId: position, claim: fresh("Draft claim"), explanation: "Not yet." },
    });
    const edited = await as.curation.update({
      type: "argument",
      id: draft.id,
      baseVersion: draft.version,
      values: { ...draft.values, claim: "Still a draft." },
    });
    await as.curation.transition({ type: "argument", id: draft.id, baseVersion: edited.version, to: "in_review" });
    expect(takePurged()).toEqual([]);
  });
});

describe("an argument", () => {
  it("publishing purges its page and its case; unpublishing purges the same", async () => {
    const caseId = await aCase();
    const draft = await anArgument(await aPosition(caseId), {}, false);
    const as = purging(admin);
    const published = await as.curation.transition({
      type: "argument",
      id: draft.id,
      baseVersion: draft.version,
      to: "published",
    });
    expect(takePurged()).toEqual([tags(`argument:${draft.id}`, `case:${caseId}`)]);
    await as.curation.transition({ type: "argument", id: draft.id, baseVersion: published.version, to: "draft" });
    expect(takePurged()).toEqual([tags(`argument:${draft.id}`, `case:${caseId}`)]);
  });

  it("editing a published one purges its page, its case and the pages of the actors it named before and after", async () => {
    const caseId = await aCase();
    const [before, after] = [await anActor(), await anActor()];
    const argument = await anArgument(await aPosition(caseId), { attributedTo: [before] });
    await purging(admin).curation.update({
      type: "argument",
      id: argument.id,
      baseVersion: argument.version,
      values: { ...argument.values, claim: "A sharper claim.", attributedTo: [after] },
    });
    expect(takePurged()).toEqual([
      tags(`actor:${after}`, `actor:${before}`, `argument:${argument.id}`, `case:${caseId}`),
    ]);
  });

  it("reverting a published one purges its page and its case", async () => {
    const caseId = await aCase();
    const argument = await anArgument(await aPosition(caseId));
    const edited = await admin.caller.curation.update({
      type: "argument",
      id: argument.id,
      baseVersion: argument.version,
      values: { ...argument.values, claim: "Edited." },
    });
    const published = (await admin.caller.curation.history({ type: "argument", id: argument.id })).find(
      (r) => r.version === argument.version,
    )!;
    await purging(admin).curation.revert({
      type: "argument",
      id: argument.id,
      revisionId: published.id,
      baseVersion: edited.version,
    });
    expect(takePurged()).toEqual([tags(`argument:${argument.id}`, `case:${caseId}`)]);
  });
});

describe("a position", () => {
  it("deleting a published one, and restoring it, purge its page, its case and the pages of its arguments (they go and come with it)", async () => {
    const caseId = await aCase();
    const position = await make("position", {
      caseId,
      title: fresh("Position"),
      summary: "Held.",
      stance: "unlawful",
      legalFrame: "domestic",
    });
    const argument = await anArgument(position.id);
    const as = purging(admin);
    const deleted = await as.curation.delete({ type: "position", id: position.id, baseVersion: position.version });
    const expected = tags(`argument:${argument.id}`, `case:${caseId}`, `position:${position.id}`);
    expect(takePurged()).toEqual([expected]);
    await as.curation.restore({ type: "position", id: position.id, baseVersion: deleted.version });
    expect(takePurged()).toEqual([expected]);
  });
});

describe("a case", () => {
  it("publishing an empty one purges the case list and its slug", async () => {
    const draft = await make("case", { slug: `cache-case-${++n}`, title: fresh("Case"), summary: "Empty." }, false);
    await purging(admin).curation.transition({
      type: "case",
      id: draft.id,
      baseVersion: draft.version,
      to: "published",
    });
    expect(takePurged()).toEqual([tags("cases", `case:${draft.id}`)]);
  });

  it("publishing one with content also purges what appears with it: its items' pages, and the actors and sources they name", async () => {
    const caseId = await aCase(false);
    const [holder, author, participant, speaker] = [await anActor(), await anActor(), await anActor(), await anActor()];
    const [cited, named] = [await aStatute(), await aStatute()];
    const position = await aPosition(caseId, { holders: [holder] });
    const argument = await anArgument(position, { attributedTo: [author] });
    await aCitation(argument.id, cited);
    const document = await make("document", {
      caseId,
      kind: "statement",
      title: fresh("Statement"),
      language: "en",
      text: "The words of the statement.",
    });
    const event = await anEvent(caseId, { actors: [participant], legalSources: [named] });
    const quote = await make("quote", { caseId, speakerId: speaker, text: "Words." });
    const current = (await admin.caller.curation.get({ type: "case", id: caseId }))!;
    await purging(admin).curation.transition({
      type: "case",
      id: caseId,
      baseVersion: current.version,
      to: "published",
    });
    expect(takePurged()).toEqual([
      tags(
        ...[holder, author, participant, speaker].map((a) => `actor:${a}`),
        `argument:${argument.id}`,
        `case:${caseId}`,
        "cases",
        `document:${document.id}`,
        `event:${event.id}`,
        `position:${position}`,
        `quote:${quote.id}`,
        `source:${cited}`,
        `source:${named}`,
        "sources", // the source list counts the citations that appear
      ),
    ]);
  });

  it("renaming a published one's slug purges both slugs and the list", async () => {
    const caseId = await aCase();
    const current = (await admin.caller.curation.get({ type: "case", id: caseId }))!;
    await purging(admin).curation.update({
      type: "case",
      id: caseId,
      baseVersion: current.version,
      values: { ...current.values, slug: `${caseId}-renamed` },
    });
    expect(takePurged()).toEqual([tags(`case:${caseId}`, `case:${caseId}-renamed`, "cases")]);
  });
});

describe("legal sources and citations", () => {
  it("publishing a citation purges its argument's case, the source's page (and its statute's, which lists its provisions' citations) and the source list", async () => {
    const caseId = await aCase();
    const argument = await anArgument(await aPosition(caseId));
    const statute = await aStatute();
    const provision = await aProvision(statute);
    const as = purging(admin);
    const draft = await as.curation.create({
      type: "citation",
      values: { argumentId: argument.id, legalSourceId: provision, pinpoint: "at 2", use: "relies_on" },
    });
    expect(takePurged()).toEqual([]);
    await as.curation.transition({ type: "citation", id: draft.id, baseVersion: draft.version, to: "published" });
    expect(takePurged()).toEqual([tags(`case:${caseId}`, `source:${provision}`, `source:${statute}`, "sources")]);
  });

  it("publishing a key passage purges its source's page and every case citing the source, where it shows beside the citations", async () => {
    const citing = await aCase();
    const statute = await aStatute();
    await aCitation((await anArgument(await aPosition(citing))).id, statute);
    const as = purging(admin);
    const draft = await as.curation.create({
      type: "keyPassage",
      values: { legalSourceId: statute, pinpoint: "§ 2", text: "The statute's own words.", verification: "checked" },
    });
    expect(takePurged()).toEqual([]);
    await as.curation.transition({ type: "keyPassage", id: draft.id, baseVersion: draft.version, to: "published" });
    expect(takePurged()).toEqual([tags(`case:${citing}`, `source:${statute}`)]);
  });

  it("editing a published source purges every case citing it or its provisions or naming it in an event (whatever their status), its pages, its sponsors' and the list", async () => {
    const sponsor = await anActor();
    const statute = await aStatute({ sponsors: [sponsor] });
    const provision = await aProvision(statute);
    const repealed = await aStatute({ legalStatus: "repealed", repealedById: statute });
    const [citing, citingInDraft, withEvent, citingProvision] = [
      await aCase(),
      await aCase(),
      await aCase(),
      await aCase(),
    ];
    await aCitation((await anArgument(await aPosition(citing))).id, statute);
    await aCitation((await anArgument(await aPosition(citingInDraft), {}, false)).id, statute, false);
    await anEvent(withEvent, { legalSources: [statute] }, false);
    await aCitation((await anArgument(await aPosition(citingProvision))).id, provision);
    const current = (await admin.caller.curation.get({ type: "legalSource", id: statute }))!;
    await purging(admin).curation.update({
      type: "legalSource",
      id: statute,
      baseVersion: current.version,
      values: { ...current.values, summary: "A clearer summary." },
    });
    expect(takePurged()).toEqual([
      tags(
        `actor:${sponsor}`,
        ...[citing, citingInDraft, withEvent, citingProvision].map((c) => `case:${c}`),
        `source:${provision}`, // shows its statute, and stands or falls with it
        `source:${repealed}`, // names what repealed it
        `source:${statute}`,
        "sources",
      ),
    ]);
  });
});

describe("an actor", () => {
  it("editing a published one purges its page, every case linking it (whatever their status) and the sources naming it", async () => {
    const actor = await anActor();
    const [holding, speaking, making, acting] = [await aCase(), await aCase(false), await aCase(), await aCase()];
    await aPosition(holding, { discussants: [actor] });
    await make("quote", { caseId: speaking, speakerId: actor, text: "Words." }, false);
    await anArgument(await aPosition(making), { attributedTo: [actor] });
    await anEvent(acting, { actors: [actor] });
    const source = await aStatute({ authors: [actor] });
    const current = (await admin.caller.curation.get({ type: "actor", id: actor }))!;
    await purging(admin).curation.update({
      type: "actor",
      id: actor,
      baseVersion: current.version,
      values: { ...current.values, role: "Senator" },
    });
    expect(takePurged()).toEqual([
      tags(`actor:${actor}`, ...[holding, speaking, making, acting].map((c) => `case:${c}`), `source:${source}`),
    ]);
  });
});

describe("relations and events", () => {
  it("a relation across two cases purges both ends' pages and cases, and the pages whose relation trees reach it", async () => {
    const [x, y] = [await aCase(), await aCase()];
    const [px, py] = [await aPosition(x), await aPosition(y)];
    const id = async (argument: ReturnType<typeof anArgument>) => (await argument).id;
    const [a0, a1, a2, a3] = [
      await id(anArgument(px)),
      await id(anArgument(px)),
      await id(anArgument(py)),
      await id(anArgument(py)),
    ];
    await make("relation", { fromArgumentId: a0, kind: "supports", toArgumentId: a1 });
    await make("relation", { fromArgumentId: a2, kind: "supports", toArgumentId: a3 });
    const as = purging(admin);
    const draft = await as.curation.create({
      type: "relation",
      values: { fromArgumentId: a1, kind: "rebuts", toArgumentId: a2 },
    });
    expect(takePurged()).toEqual([]);
    await as.curation.transition({ type: "relation", id: draft.id, baseVersion: draft.version, to: "published" });
    // a0's tree shows a0 → a1 → a2; a3's shows a1 → a2 → a3.
    expect(takePurged()).toEqual([tags(...[a0, a1, a2, a3].map((a) => `argument:${a}`), `case:${x}`, `case:${y}`)]);

    // a3's claim is on the pages of the arguments up to three relations away, in the other case too.
    const current = (await admin.caller.curation.get({ type: "argument", id: a3 }))!;
    await as.curation.update({
      type: "argument",
      id: a3,
      baseVersion: current.version,
      values: { ...current.values, claim: "Reworded." },
    });
    expect(takePurged()).toEqual([tags(...[a0, a1, a2, a3].map((a) => `argument:${a}`), `case:${y}`)]);
  });

  it("publishing an event purges its case and the pages of the actor and the source it names", async () => {
    const caseId = await aCase();
    const [actor, source] = [await anActor(), await aStatute()];
    const draft = await anEvent(caseId, { actors: [actor], legalSources: [source] }, false);
    await purging(admin).curation.transition({
      type: "event",
      id: draft.id,
      baseVersion: draft.version,
      to: "published",
    });
    expect(takePurged()).toEqual([tags(`actor:${actor}`, `case:${caseId}`, `event:${draft.id}`, `source:${source}`)]);
  });

  it("anchoring a published quote purges its case and its speaker's page; the new anchor is a draft", async () => {
    const caseId = await aCase();
    const speaker = await anActor();
    const document = await make("document", {
      caseId,
      kind: "statement",
      title: fresh("Statement"),
      language: "en",
      text: "He said the strikes were lawful.",
    });
    const quote = await make("quote", { caseId, speakerId: speaker, text: "the strikes were lawful", fragment: true });
    await purging(admin).curation.anchorSelection({
      documentId: document.id,
      start: 8,
      end: 31,
      owner: { type: "quote", id: quote.id },
    });
    expect(takePurged()).toEqual([tags(`actor:${speaker}`, `case:${caseId}`, `quote:${quote.id}`)]);
  });
});

describe("changes that purge nothing", () => {
  it("a refused change: a stale version (CONFLICT), or an editor at published content (FORBIDDEN)", async () => {
    const argument = await anArgument(await aPosition(await aCase()));
    const stale = {
      type: "argument" as const,
      id: argument.id,
      baseVersion: argument.version - 1,
      values: { ...argument.values, claim: "Too late." },
    };
    await expect(purging(admin).curation.update(stale)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      purging(editor).curation.delete({ type: "argument", id: argument.id, baseVersion: argument.version }),
    ).rejects.toBeInstanceOf(TRPCError);
    expect(takePurged()).toEqual([]);
  });

  it("a retry answered from its Idempotency-Key: the first run purged", async () => {
    const caseId = await aCase();
    const draft = await anArgument(await aPosition(caseId), {}, false);
    const publish = { type: "argument" as const, id: draft.id, baseVersion: draft.version, to: "published" as const };
    const first = await purging(admin, "publish-once").curation.transition(publish);
    expect(takePurged()).toEqual([tags(`argument:${draft.id}`, `case:${caseId}`)]);
    expect(await purging(admin, "publish-once").curation.transition(publish)).toEqual(first);
    expect(takePurged()).toEqual([]);
  });

  it("imports, dry or real: they write drafts only", async () => {
    const caseId = await aCase();
    const position = await aPosition(caseId, { title: "Zimport position" });
    await anArgument(position, { claim: "Zimport claim" });
    const exported = JSON.stringify(toCaseJson(await readerCaller(db().db).export.caseData({ slug: caseId })));
    const copy = exported.replaceAll(caseId, `${caseId}-copy`).replaceAll("zimport", "zcopy");
    const as = purging(editor);
    expect(await as.curation.importCase({ text: copy, dryRun: true })).toMatchObject({ ok: true });
    expect(await as.curation.importCase({ text: copy, dryRun: false })).toMatchObject({
      ok: true,
      caseSlug: `${caseId}-copy`,
    });
    const aif = {
      nodes: [
        { nodeID: "1", text: "Strikes deter.", type: "I" },
        { nodeID: "2", text: "Deterrence works.", type: "I" },
        { nodeID: "3", text: "Default Inference", type: "RA" },
      ],
      edges: [
        { edgeID: "1", fromID: "2", toID: "3" },
        { edgeID: "2", fromID: "3", toID: "1" },
      ],
    };
    for (const dryRun of [true, false]) {
      expect(
        await as.curation.importAif({
          text: JSON.stringify(aif),
          caseSlug: caseId,
          positionTitle: fresh("From AIF"),
          dryRun,
        }),
      ).toMatchObject({ ok: true });
    }
    expect(takePurged()).toEqual([]);
  });
});

describe("tagsFor on its own", () => {
  // Any query would throw: the tags below come from the changes alone.
  const noDatabase = new Proxy(
    {},
    {
      get: () => {
        throw new Error("no statement expected");
      },
    },
  ) as Db;
  const published = (values: Record<string, unknown>) => ({ values, status: "published" as const, deleted: false });

  it("asks the database nothing when no change counts", async () => {
    expect(
      await tagsFor(noDatabase, [
        { type: "argument", id: "a-x", before: null, after: { values: {}, status: "draft", deleted: false } },
      ]),
    ).toEqual([]);
  });

  it("purges everything in place of a tag too long for Next, which no cached read can carry", async () => {
    const slug = "x".repeat(MAX_TAG_LENGTH);
    expect(
      await tagsFor(noDatabase, [{ type: "case", id: "c", before: published({ slug }), after: published({ slug }) }]),
    ).toEqual(["cases", "pub"]);
  });
});
