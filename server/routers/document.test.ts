import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { documents } from "@/db/schema";
import { loadSeedContent, sha256Hex } from "@/db/seed/case-file";
import { codePointLength } from "@/lib/code-points";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { articleText, file } = loadSeedContent();
const id = "doc-2021-02-syria-strikes-article";

/** Replaces the stored text, as an editor's correction would. */
async function setText(text: string) {
  await db()
    .db.update(documents)
    .set({ text, sha256: sha256Hex(text), lengthCodePoints: codePointLength(text) })
    .where(eq(documents.id, id));
}

describe("document.byId", () => {
  it("returns the article verbatim with its digest and metadata", async () => {
    const doc = await readerCaller(db().db).document.byId({ id });
    expect(doc.text).toBe(articleText);
    expect(doc).toMatchObject({
      caseSlug: "2021-syria-border-strikes",
      publicationDate: "2021-02",
      datePrecision: "month",
      dateApproximate: true,
      lengthCodePoints: 3028,
      sha256: "0938003db177b7bed4a5e5790a016a61d43d63570b106a7ace732e587d97347b",
    });
  });

  it("lists every anchor in text order, resolved, with what links to it", async () => {
    const doc = await readerCaller(db().db).document.byId({ id });
    const anchored = file.quotes.filter((q) => q.anchor).length + file.events.filter((e) => e.anchor).length;
    expect(doc.anchors).toHaveLength(anchored);
    expect(doc.anchors.map((a) => a.start)).toEqual([...doc.anchors.map((a) => a.start)].sort((x, y) => x - y));
    for (const a of doc.anchors) {
      expect(a.resolution).toEqual({ status: "position", start: a.start, end: a.end });
      expect([...doc.text].slice(a.start, a.end).join("")).toBe(a.exact);
    }
    const kaine = doc.anchors.find((a) => a.id === "anchor-q-kaine-2021-02-26-not-constitutional")!;
    expect(kaine.quotes).toEqual([
      { id: "q-kaine-2021-02-26-not-constitutional", text: kaine.exact, speaker: { id: "kaine", name: "Tim Kaine" } },
    ]);
    expect(kaine.arguments.map((a) => a.id)).toContain("a-declare-war-clause-congress-decides");
    const strike = doc.anchors.find((a) => a.id === "anchor-e-2021-02-25-strikes")!;
    expect(strike.events.map((e) => e.id)).toEqual(["e-2021-02-25-strikes"]);
    expect(strike.arguments.length).toBeGreaterThan(0);
  });

  it("re-finds anchors by quote after an edit and reports orphans instead of dropping them", async () => {
    try {
      await setText(
        `Editor's note: 😀 updated.\n\n${articleText.replace("Offensive military action without", "Offensive action without")}`,
      );
      const doc = await readerCaller(db().db).document.byId({ id });
      const moved = doc.anchors.find((a) => a.id === "anchor-e-2021-02-25-strikes")!;
      expect(moved.resolution.status).toBe("quote");
      if (moved.resolution.status === "quote") {
        expect([...doc.text].slice(moved.resolution.start, moved.resolution.end).join("")).toBe(moved.exact);
      }
      const lost = doc.anchors.find((a) => a.id === "anchor-q-kaine-2021-02-26-not-constitutional")!;
      expect(lost.resolution).toEqual({ status: "orphan", reason: "absent" });
    } finally {
      await setText(articleText);
    }
  });

  it("answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one", async () => {
    await expect(readerCaller(db().db).document.byId({ id: "no-such-doc" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(readerCaller(db().db).document.byId({ id: "../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
