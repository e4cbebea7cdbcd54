import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { documents } from "@/db/schema";
import { loadSeedContent, sha256Hex } from "@/db/seed/case-file";
import { CodePointText, codePointLength } from "@/lib/code-points";
import { MAX_SELECTION } from "../services/curation/anchoring";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const docId = "doc-2021-02-syria-strikes-article";
const { articleText } = loadSeedContent();
type Who = Awaited<ReturnType<typeof signedIn>>;
let editor: Who;
let admin: Who;
beforeAll(async () => {
  editor = await signedIn(db().db, "editor");
  admin = await signedIn(db().db, "admin");
});

const span = (words: string, nth = 0) => {
  const start = new CodePointText(articleText).occurrences(words)[nth]!;
  return { start, end: start + codePointLength(words) };
};

describe("anchorSelection", () => {
  it("anchors selected words to a new quote, taking the words from the stored text", async () => {
    const quote = await editor.caller.curation.create({
      type: "quote",
      values: { caseId: "2021-syria-border-strikes", speakerId: "kirby", text: "no one was hurt", fragment: true },
    });
    const { anchor, owner } = await editor.caller.curation.anchorSelection({
      documentId: docId,
      ...span("no one was hurt"),
      owner: { type: "quote", id: quote.id },
    });
    expect(owner.values.anchorId).toBe(anchor.id);
    expect(anchor.values).toMatchObject({
      documentId: docId,
      exact: "no one was hurt",
      prefix: expect.stringMatching(/compound, but $/),
    });
    const history = await editor.caller.curation.history({ type: "quote", id: quote.id });
    expect(history[0]!.note).toMatch(/^Anchored to “no one was hurt”/);
  });

  it("anchors the second of two identical phrases where it was selected", async () => {
    const second = span("Feb. 15", 1);
    const request = {
      documentId: docId,
      ...second,
      owner: { type: "event" as const, id: "e-2021-02-15-erbil-rocket-attack" },
    };
    const before = (await admin.caller.curation.documentAnchors({ documentId: docId })).length;
    // The seeded event is published: an editor may not change it, and nothing is left behind…
    await expect(editor.caller.curation.anchorSelection(request)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await admin.caller.curation.documentAnchors({ documentId: docId })).toHaveLength(before);
    // …an admin may.
    const { anchor } = await admin.caller.curation.anchorSelection(request);
    const anchors = await admin.caller.curation.documentAnchors({ documentId: docId });
    const made = anchors.find((a) => a.id === anchor.id)!;
    expect(made).toMatchObject({ start: second.start, end: second.end, resolution: { status: "position" } });
    const event = await admin.caller.curation.get({ type: "event", id: "e-2021-02-15-erbil-rocket-attack" });
    expect(event.values.anchors).toEqual(["anchor-e-2021-02-15-erbil-rocket-attack", anchor.id]);
  });

  it("lets an argument be anchored as a claim, shown as such once published", async () => {
    const arg = await admin.caller.curation.create({
      type: "argument",
      values: {
        positionId: "p-dod-proportionate-self-defense",
        claim: "The strike was a carefully calibrated response.",
        explanation: "As officials described it.",
      },
    });
    const { anchor } = await admin.caller.curation.anchorSelection({
      documentId: docId,
      ...span("carefully calibrated military response"),
      owner: { type: "argument", id: arg.id },
    });
    const published = await admin.caller.curation.get({ type: "argument", id: arg.id });
    await admin.caller.curation.transition({
      type: "argument",
      id: arg.id,
      baseVersion: published.version,
      to: "published",
    });
    await admin.caller.curation.transition({ type: "anchor", id: anchor.id, baseVersion: 1, to: "published" });
    const doc = await readerCaller(db().db).document.byId({ id: docId });
    expect(doc.anchors.find((a) => a.id === anchor.id)?.claims).toEqual([
      { id: arg.id, claim: "The strike was a carefully calibrated response." },
    ]);
  });

  it("refuses a selection outside the text and changes nothing", async () => {
    const before = await editor.caller.curation.documentAnchors({ documentId: docId });
    await expect(
      editor.caller.curation.anchorSelection({
        documentId: docId,
        start: 3000,
        end: 4000,
        owner: { type: "quote", id: "q-kirby-2021-02-25-proportionate-response" },
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await editor.caller.curation.documentAnchors({ documentId: docId })).toHaveLength(before.length);
  });

  it("refuses a selection longer than an anchor holds, and changes nothing", async () => {
    const long = await editor.caller.curation.create({
      type: "document",
      values: {
        caseId: "2021-syria-border-strikes",
        kind: "statement",
        title: "A very long statement",
        language: "en",
        text: "Words of a long statement. ".repeat(1_000),
      },
    });
    const before = await editor.caller.curation.documentAnchors({ documentId: long.id });
    const quote = "q-kirby-2021-02-25-proportionate-response";
    await expect(
      editor.caller.curation.anchorSelection({
        documentId: long.id,
        start: 0,
        end: MAX_SELECTION + 1,
        owner: { type: "quote", id: quote },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/at most 20000/) });
    expect(await editor.caller.curation.documentAnchors({ documentId: long.id })).toEqual(before);
  });
});

describe("documentAnchors after an edit", () => {
  it("lists anchors found again and orphans", async () => {
    const edited = articleText.replace("Offensive military action without", "Offensive action without");
    await db()
      .db.update(documents)
      .set({
        text: `Note. ${edited}`,
        sha256: sha256Hex(`Note. ${edited}`),
        lengthCodePoints: codePointLength(`Note. ${edited}`),
      })
      .where(eq(documents.id, docId));
    const anchors = await admin.caller.curation.documentAnchors({ documentId: docId });
    expect(anchors.find((a) => a.id === "anchor-q-kaine-2021-02-26-not-constitutional")?.resolution).toEqual({
      status: "orphan",
      reason: "absent",
    });
    expect(anchors.find((a) => a.id === "anchor-e-2021-02-25-strikes")?.resolution.status).toBe("quote");
  });
});
