import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerWithSession, readerCaller, signedIn } from "./testing";
import { onPrimary, openDatabase, type DatabaseConnection } from "@/db/client";
import { actors, cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, testServerUrl, type TestDatabase } from "@/db/testing";

const SLUG = "2021-syria-border-strikes";

/**
 * Read replicas, against two real databases: the "replica" is a second copy whose case title
 * differs, so every answer tells which one it came from. Needs TEST_DATABASE_URL (CI sets it).
 */
describe.skipIf(!testServerUrl)("with read replicas", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let app: DatabaseConnection;
  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all([seedDatabase(primary.db), seedDatabase(replica.db)]);
    await replica.db.update(cases).set({ title: "Title on the replica" }).where(eq(cases.slug, SLUG));
    app = openDatabase({ driver: "postgres", url: primary.url!, poolMax: 2, replicaUrls: [replica.url!] });
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  it("sends anonymous reads to a replica", async () => {
    expect((await readerCaller(app.db).case.bySlug({ slug: SLUG })).title).toBe("Title on the replica");
  });

  it("keeps a signed-in editor's reads and every change on the primary", async () => {
    const editor = await signedIn(onPrimary(app.db), "editor");
    const { caller } = callerWithSession(app.db, editor.token);
    const found = await caller.curation.get({
      type: "case",
      id: (await primary.db.select({ id: cases.id }).from(cases).where(eq(cases.slug, SLUG)))[0]!.id,
    });
    expect(found.values.title).not.toBe("Title on the replica");
    const created = await caller.curation.create({
      type: "actor",
      values: { name: "Written to the primary", kind: "person" },
    });
    expect(await primary.db.select({ id: actors.id }).from(actors).where(eq(actors.id, created.id))).toHaveLength(1);
    expect(await replica.db.select({ id: actors.id }).from(actors).where(eq(actors.id, created.id))).toHaveLength(0);
  });
});
