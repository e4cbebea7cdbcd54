import { asc } from "drizzle-orm";
import type { Db } from "../client";
import { actors, cases, debateArguments, documents, events, legalSources, positions, quotes } from "../schema";
import { visible } from "./_shared";

/** One published page for the sitemap: what it is, its id (a slug for a case) and when it last changed. */
export interface SitemapItem {
  kind: "case" | "position" | "argument" | "source" | "actor" | "document" | "event" | "quote";
  id: string;
  updatedAt: Date;
}

/** Every published item that has a page of its own, by the same visibility rule as the pages. */
export async function listSitemapItems(db: Db): Promise<SitemapItem[]> {
  const read = <K extends SitemapItem["kind"]>(
    kind: K,
    table:
      | typeof cases
      | typeof positions
      | typeof debateArguments
      | typeof legalSources
      | typeof actors
      | typeof documents
      | typeof events
      | typeof quotes,
    check: (typeof visible)[keyof typeof visible],
  ) =>
    db
      .select({ id: "slug" in table ? table.slug : table.id, updatedAt: table.updatedAt })
      .from(table)
      .where(check(table.id))
      .orderBy(asc(table.id))
      .then((rows) => rows.map((r) => ({ kind, ...r })));
  const parts = await Promise.all([
    read("case", cases, visible.case),
    read("position", positions, visible.position),
    read("argument", debateArguments, visible.argument),
    read("source", legalSources, visible.legalSource),
    read("actor", actors, visible.actor),
    read("document", documents, visible.document),
    read("event", events, visible.event),
    read("quote", quotes, visible.quote),
  ]);
  return parts.flat();
}
