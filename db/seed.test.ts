import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, documents } from "./schema";
import { isDatabaseEmpty, seedDatabase } from "./seed";
import { loadSeedContent, sha256Hex } from "./seed/case-file";
import { createTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("seedDatabase", () => {
  it("fills an empty database, then changes nothing on a second run", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    const first = await seedDatabase(t.db);
    expect(first).toMatchObject({
      cases: 1,
      documents: 1,
      actors: 44,
      legalSources: 36,
      events: 29,
      positions: 7,
      arguments: 29,
      argumentRelations: 19,
      quotes: 20,
      clashes: 6,
      prompts: 8,
      anchors: 14,
    });
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    const before = await t.db.select().from(documents);
    expect(Object.values(await seedDatabase(t.db)).every((n) => n === 0)).toBe(true);
    expect(await t.db.select().from(documents)).toEqual(before);
  });

  it("stores the article byte for byte", async () => {
    const { articleText, file } = loadSeedContent();
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, file.document.id));
    expect(doc?.text).toBe(articleText);
    expect(sha256Hex(doc!.text)).toBe(file.document.sha256);
    expect(doc?.lengthCodePoints).toBe(3028);
    expect(doc?.status).toBe("published");
  });

  it("never overwrites what an editor changed", async () => {
    await t.db.update(cases).set({ title: "Edited title" }).where(eq(cases.id, "2021-syria-border-strikes"));
    await seedDatabase(t.db);
    const [row] = await t.db.select({ title: cases.title }).from(cases);
    expect(row?.title).toBe("Edited title");
  });
});
