import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CodePointText } from "@/lib/code-points";
import { readerCaller, seededDatabaseForFile } from "./testing";
import * as s from "@/db/schema";
import { loadSeedContent } from "@/db/seed/case-file";

const db = seededDatabaseForFile();
const content = loadSeedContent();
const { file, articleText } = content;

describe("the seeded case", () => {
  it("holds exactly what the data file holds, table by table", async () => {
    const expected = {
      actors: file.actors.length,
      legalSources: file.legal_sources.length,
      events: file.events.length,
      positions: file.positions.length,
      arguments: file.arguments.length,
      argumentRelations: file.argument_relations.length,
      quotes: file.quotes.length,
      clashes: file.clashes.length,
      prompts: file.questions.length,
      citations: file.arguments.flatMap((a) => a.sources).length,
      clashSides: file.clashes.flatMap((c) => c.sides).length,
    };
    const tables = {
      actors: s.actors,
      legalSources: s.legalSources,
      events: s.events,
      positions: s.positions,
      arguments: s.debateArguments,
      argumentRelations: s.argumentRelations,
      quotes: s.quotes,
      clashes: s.clashes,
      prompts: s.prompts,
      citations: s.citations,
      clashSides: s.clashSides,
    };
    for (const [key, table] of Object.entries(tables)) {
      const [row] = await db().db.select({ n: count() }).from(table);
      expect(row?.n, key).toBe(expected[key as keyof typeof expected]);
    }
  });

  it("anchors every quote and event the article contains, and every anchor resolves to its exact text", async () => {
    const doc = new CodePointText(articleText);
    const inText = [
      ...file.quotes.map((q) => q.text),
      ...file.events.flatMap((e) => (e.article_quote ? [e.article_quote] : [])),
    ].filter((t) => doc.occurrences(t).length > 0);
    const anchors = await db().db.select().from(s.anchors);
    expect(anchors.map((a) => a.exact).sort()).toEqual(inText.sort());
    for (const a of anchors) expect(doc.slice(a.start, a.end)).toBe(a.exact);
  });

  it("gives every argument at least one legal source or event, and loses none of its links", async () => {
    const caller = readerCaller(db().db);
    for (const a of file.arguments) {
      expect(a.sources.length + a.events.length, a.id).toBeGreaterThan(0);
      const read = await caller.argument.byId({ id: a.id });
      expect(
        read.citations.map((c) => [c.source.id, c.pinpoint ?? null, c.use]),
        a.id,
      ).toEqual(a.sources.map((x) => [x.source, x.pinpoint ?? null, x.use]));
      expect(
        read.events.map((e) => e.id),
        a.id,
      ).toEqual(a.events);
      expect(
        read.quotes.map((q) => q.id),
        a.id,
      ).toEqual(a.quotes);
    }
  });

  it("resolves every reference: sources, actors, relations, clashes and prompts", async () => {
    const caller = readerCaller(db().db);
    for (const ls of file.legal_sources) {
      const read = await caller.legalSource.byId({ id: ls.id });
      expect(read.parent?.id ?? undefined, ls.id).toBe(ls.parent);
      expect(read.repealedBy?.id ?? undefined, ls.id).toBe(ls.repealed_by);
    }
    for (const actor of file.actors)
      await expect(caller.actor.byId({ id: actor.id })).resolves.toMatchObject({ id: actor.id });
    const relations = await db().db.select().from(s.argumentRelations);
    expect(relations).toHaveLength(file.argument_relations.length);
    for (const r of relations) {
      expect([r.fromArgumentId, r.fromPositionId].filter(Boolean)).toHaveLength(1);
      expect([r.toArgumentId, r.toPositionId, r.toEventId].filter(Boolean)).toHaveLength(1);
    }
    const found = await caller.case.bySlug({ slug: file.case.slug });
    for (const clash of file.clashes) {
      const read = found.clashes.find((c) => c.id === clash.id)!;
      expect(read.sides.map((side) => side.arguments.map((a) => a.id))).toEqual(
        clash.sides.map((side) => side.arguments),
      );
      expect(read.sides.map((side) => side.positions.map((p) => p.id))).toEqual(
        clash.sides.map((side) => side.positions),
      );
    }
    expect(found.prompts.map((p) => p.clashIds)).toEqual(file.questions.map((q) => q.clashes));
  });
});
