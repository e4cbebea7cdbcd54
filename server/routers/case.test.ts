import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { readerCaller } from "../testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
  await t.db.insert(cases).values({ id: "draft-case", slug: "draft-case", title: "Draft", summary: "Not yet public." });
});
afterAll(() => t.drop());

describe("case.list", () => {
  it("lists published cases only", async () => {
    const list = await readerCaller(t.db).case.list();
    expect(list.map((c) => c.slug)).toEqual(["2021-syria-border-strikes"]);
    expect(list[0]).toMatchObject({ startDate: "2021-02-15", endDate: "2021-02-27" });
  });

  it("hides a soft-deleted case", async () => {
    await t.db.update(cases).set({ deletedAt: new Date() }).where(eq(cases.id, "2021-syria-border-strikes"));
    expect(await readerCaller(t.db).case.list()).toEqual([]);
    await t.db.update(cases).set({ deletedAt: null }).where(eq(cases.id, "2021-syria-border-strikes"));
  });
});

describe("case.bySlug", () => {
  it("returns the case with its article", async () => {
    const found = await readerCaller(t.db).case.bySlug({ slug: "2021-syria-border-strikes" });
    expect(found.title).toMatch(/Syria–Iraq Border/);
    expect(found.article).toEqual({
      id: "doc-2021-02-syria-strikes-article",
      title: "U.S. Strikes Iran-Backed Militia Facilities on the Syria–Iraq Border",
    });
    expect(found.nameVariants.Erbil).toEqual(["Irbil"]);
  });

  it("answers NOT_FOUND for an unknown or unpublished slug", async () => {
    for (const slug of ["no-such-case", "draft-case"]) {
      await expect(readerCaller(t.db).case.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("answers BAD_REQUEST naming the field for a malformed slug", async () => {
    const error = await readerCaller(t.db)
      .case.bySlug({ slug: "Not A Slug!" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toMatch(/slug/);
  });
});
