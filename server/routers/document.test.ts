import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { loadSeedContent } from "@/db/seed/case-file";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { readerCaller } from "../testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});
afterAll(() => t.drop());

describe("document.byId", () => {
  it("returns the article verbatim with its digest and metadata", async () => {
    const { articleText } = loadSeedContent();
    const doc = await readerCaller(t.db).document.byId({ id: "doc-2021-02-syria-strikes-article" });
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

  it("answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one", async () => {
    await expect(readerCaller(t.db).document.byId({ id: "no-such-doc" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readerCaller(t.db).document.byId({ id: "../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
