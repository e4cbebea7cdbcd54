import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { anchors, quotes, revisions } from "@/db/schema";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const t = seededDatabaseForFile();
const text = readFileSync("lib/authoring/fixtures/harbor-strike.txt", "utf8");
let editor: Awaited<ReturnType<typeof signedIn>>;
let documentId = "";

beforeAll(async () => {
  const db = t().db as Db;
  editor = await signedIn(db, "editor");
  await editor.caller.curation.create({
    type: "case",
    values: { slug: "authoring-harbor", title: "The harbor strike", summary: "Built from one article." },
  });
  const doc = await editor.caller.curation.create({
    type: "document",
    values: {
      caseId: "authoring-harbor",
      isCaseArticle: true,
      kind: "news_article",
      title: "Navy strikes radar site",
      publicationDate: "2024-01-16",
      language: "en",
      text,
    },
  });
  documentId = doc.id;
});

describe("authoring.propose", () => {
  it("proposes from a stored document, read against its own date and the database's library", async () => {
    const { date, proposals } = await editor.caller.authoring.propose({ documentId });
    expect(date).toBe("2024-01-16");
    expect(proposals.quotes).toHaveLength(5);
    expect(proposals.citations.map((c) => [c.citation, c.sourceId])).toContainEqual([
      "50 U.S.C. § 1543(a)",
      "wpr-1543a",
    ]);
    expect(proposals.events[0]).toMatchObject({ date: "2024-01-15", precision: "day" });
  });

  it("is for editors: a reader is refused", async () => {
    await expect(readerCaller(t().db as Db).authoring.propose({ documentId })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("authoring.accept", () => {
  it("creates the quotations and events as anchored drafts with a new speaker, each with its revisions", async () => {
    const { proposals } = await editor.caller.authoring.propose({ documentId });
    const [first] = proposals.quotes;
    const monday = proposals.events[0]!;
    const done = await editor.caller.authoring.accept({
      documentId,
      newActors: [{ name: "Dana Whitfield", kind: "person" }],
      quotes: [
        {
          start: first!.start,
          end: first!.end,
          speaker: { newActor: "Dana Whitfield" },
          date: first!.date,
          precision: "day",
        },
      ],
      events: [
        {
          start: monday.start,
          end: monday.end,
          title: "Navy strikes a radar site in Yemen",
          date: monday.date,
          precision: monday.precision,
          place: monday.place,
          actorIds: [],
          newActors: ["Dana Whitfield"],
        },
      ],
    });
    expect(done.quotes).toHaveLength(1);
    const db = t().db as Db;
    const [quote] = await db.select().from(quotes).where(eq(quotes.id, done.quotes[0]!));
    expect(quote).toMatchObject({
      status: "draft",
      text: "We will not let threats to shipping go unanswered",
      speakerId: done.actors[0],
    });
    const [anchor] = await db.select().from(anchors).where(eq(anchors.id, quote!.anchorId!));
    expect(anchor).toMatchObject({ documentId, exact: quote!.text, start: first!.start, end: first!.end });
    const event = await editor.caller.curation.get({ type: "event", id: done.events[0]! });
    expect(event).toMatchObject({ status: "draft", values: { date: "2024-01-15", actors: [done.actors[0]] } });
    expect((event!.values.anchors as string[]).length).toBe(1);
    const history = await db.select().from(revisions).where(eq(revisions.entityId, done.quotes[0]!));
    expect(history.map((r) => r.action)).toEqual(["create"]); // created with its anchor, in one revision
    // Drafts: nobody reading the site sees them.
    await expect(readerCaller(db).quote.byId({ id: done.quotes[0]! })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes nothing when one span is bad: all of it or none", async () => {
    const db = t().db as Db;
    const before = (await db.select({ id: quotes.id }).from(quotes)).length;
    await expect(
      editor.caller.authoring.accept({
        documentId,
        newActors: [{ name: "Marcus Obi", kind: "person" }],
        quotes: [
          { start: 156, end: 205, speaker: { newActor: "Marcus Obi" }, date: null, precision: null },
          { start: 10, end: 99_999, speaker: { newActor: "Marcus Obi" }, date: null, precision: null },
        ],
        events: [],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.select({ id: quotes.id }).from(quotes)).length).toBe(before);
    expect(await editor.caller.curation.list({ type: "actor", text: "Marcus Obi" }).then((r) => r.items.length)).toBe(
      0,
    );
  });
});

describe("authoring.reject", () => {
  it("remembers a rejected proposal for its document, and restores it", async () => {
    const before = await editor.caller.authoring.propose({ documentId });
    const second = before.proposals.quotes.at(-1)!;
    await editor.caller.authoring.reject({ documentId, kind: "quote", start: second.start, end: second.end });
    const after = await editor.caller.authoring.propose({ documentId });
    expect(after.proposals.quotes.map((q) => q.start)).not.toContain(second.start);
    expect(after.rejected.quotes.map((q) => q.start)).toEqual([second.start]);
    // Rejecting twice is the same as once.
    await editor.caller.authoring.reject({ documentId, kind: "quote", start: second.start, end: second.end });
    await editor.caller.authoring.reject({
      documentId,
      kind: "quote",
      start: second.start,
      end: second.end,
      restore: true,
    });
    const restored = await editor.caller.authoring.propose({ documentId });
    expect(restored.proposals.quotes.map((q) => q.start)).toContain(second.start);
    expect(restored.rejected.quotes).toEqual([]);
  });

  it("refuses a span that ends before it starts, and a reader", async () => {
    await expect(editor.caller.authoring.reject({ documentId, kind: "event", start: 9, end: 3 })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    await expect(
      readerCaller(t().db as Db).authoring.reject({ documentId, kind: "event", start: 1, end: 3 }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
