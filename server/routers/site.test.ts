import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { debateArguments, legalSources } from "@/db/schema";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();

describe("site.sitemap", () => {
  it("lists every published page of the seed and no draft or deleted item", async () => {
    const { db: d } = db();
    await d.insert(debateArguments).values({
      id: "sitemap-draft-argument",
      positionId: file.arguments[0]!.position,
      claim: "A draft claim.",
      explanation: "Not yet published.",
      status: "draft",
    });
    await d
      .update(legalSources)
      .set({ deletedAt: new Date() })
      .where(eq(legalSources.id, file.legal_sources.at(-1)!.id));

    const items = await readerCaller(d).site.sitemap();
    const ids = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.id);
    expect(ids("case")).toContain(file.case.slug);
    expect(new Set(ids("argument"))).toEqual(new Set(file.arguments.map((a) => a.id)));
    expect(new Set(ids("position"))).toEqual(new Set(file.positions.map((p) => p.id)));
    expect(ids("source")).toHaveLength(file.legal_sources.length - 1);
    expect(ids("source")).not.toContain(file.legal_sources.at(-1)!.id);
    expect(ids("argument")).not.toContain("sitemap-draft-argument");
    expect(ids("actor").length).toBeGreaterThan(5);
    expect(ids("document")).toContain(file.document.id);
    expect(new Set(ids("event"))).toEqual(new Set(file.events.map((e) => e.id)));
    expect(new Set(ids("quote"))).toEqual(new Set(file.quotes.map((q) => q.id)));
    for (const i of items) expect(i.updatedAt).toBeInstanceOf(Date);
  });
});

describe("site.feed", () => {
  it("lists published changes with what changed, never a draft, and drops what is withdrawn", async () => {
    const { db: d } = db();
    const admin = await signedIn(d, "admin");
    const reader = readerCaller(d, "198.51.100.77");
    const created = await admin.caller.curation.create({
      type: "argument",
      values: {
        positionId: file.arguments[0]!.position,
        claim: "A feed argument, first as a draft.",
        explanation: "Written for the feed test.",
      },
    });
    const inFeed = async () =>
      (await reader.site.feed({ caseSlug: file.case.slug })).filter((e) => e.id === created.id);
    expect(await inFeed()).toEqual([]);

    const published = await admin.caller.curation.transition({
      type: "argument",
      id: created.id,
      baseVersion: created.version,
      to: "published",
    });
    expect(await inFeed()).toMatchObject([{ kind: "argument", change: "published", version: 2, changed: [] }]);

    const revised = await admin.caller.curation.update({
      type: "argument",
      id: created.id,
      baseVersion: published.version,
      values: { ...published.values, claim: "A feed argument, now revised." },
    });
    const entries = await inFeed();
    expect(entries.map((e) => [e.change, e.version, e.changed])).toEqual([
      ["revised", revised.version, ["Claim"]],
      ["published", 2, []],
    ]);
    // Titled as the page is now, and newest first across the whole site too.
    expect(entries[0]!.title).toBe("A feed argument, now revised.");
    expect((await reader.site.feed({}))[0]).toMatchObject({ id: created.id, change: "revised" });
    // The seeded case, published before revisions were kept, counts as published when it was made.
    const all = await reader.site.feed({ caseSlug: file.case.slug });
    expect(all.some((e) => e.kind === "case" && e.id === file.case.slug && e.change === "published")).toBe(true);
    expect(all.some((e) => e.kind === "legalSource")).toBe(true);
    expect(all.map((e) => e.id)).not.toContain("sitemap-draft-argument");

    await admin.caller.curation.transition({
      type: "argument",
      id: created.id,
      baseVersion: revised.version,
      to: "draft",
    });
    expect(await inFeed()).toEqual([]);
    await expect(reader.site.feed({ caseSlug: "no-such-case" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
