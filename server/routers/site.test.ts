import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadSeedContent } from "@/db/seed/case-file";
import { debateArguments, legalSources } from "@/db/schema";
import { readerCaller, seededDatabaseForFile } from "../testing";

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
    for (const i of items) expect(i.updatedAt).toBeInstanceOf(Date);
  });
});
