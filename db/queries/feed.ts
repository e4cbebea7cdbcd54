import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { ENTITIES } from "@/lib/curation/entities";
import type { AtomChange } from "@/lib/atom";
import { diffValues } from "@/lib/curation/diff";
import type { Values } from "@/lib/curation/fields";
import type { Db } from "../client";
import { quoteTitle } from "@/lib/page-citation";
import {
  actors,
  cases,
  citations,
  debateArguments,
  documents,
  events,
  legalSources,
  positions,
  quotes,
  revisions,
} from "../schema";
import { visible } from "./_shared";

/** One published change: an item published for the first time, or a published item revised (lib/atom.ts). */
export type FeedEntry = AtomChange;
type FeedKind = AtomChange["kind"];

interface Item {
  kind: FeedKind;
  id: string;
  /** The id revisions name it by. */
  entityId: string;
  title: string;
  createdAt: Date;
}

type Snapshot = { values: Values; status: string } | null;

/**
 * The items a feed follows, published now: a case with its positions, arguments,
 * documents, events and quotes and the legal sources its arguments cite, or (no slug) every case's. An item
 * withdrawn since drops out with its whole history.
 */
async function followedItems(db: Db, caseSlug: string | null): Promise<Item[]> {
  const caseIds = db
    .select({ id: cases.id })
    .from(cases)
    .where(and(visible.case(cases.id), caseSlug ? eq(cases.slug, caseSlug) : undefined));
  const [caseRows, positionRows, argumentRows, documentRows, sourceRows, eventRows, quoteRows] = await Promise.all([
    db
      .select({ id: cases.slug, entityId: cases.id, title: cases.title, createdAt: cases.createdAt })
      .from(cases)
      .where(inArray(cases.id, caseIds)),
    db
      .select({ id: positions.id, title: positions.title, createdAt: positions.createdAt })
      .from(positions)
      .where(and(inArray(positions.caseId, caseIds), visible.position(positions.id))),
    db
      .select({ id: debateArguments.id, title: debateArguments.claim, createdAt: debateArguments.createdAt })
      .from(debateArguments)
      .innerJoin(positions, eq(positions.id, debateArguments.positionId))
      .where(and(inArray(positions.caseId, caseIds), visible.argument(debateArguments.id))),
    db
      .select({ id: documents.id, title: documents.title, createdAt: documents.createdAt })
      .from(documents)
      .where(and(inArray(documents.caseId, caseIds), visible.document(documents.id))),
    db
      .selectDistinct({ id: legalSources.id, title: legalSources.shortTitle, createdAt: legalSources.createdAt })
      .from(legalSources)
      .innerJoin(citations, eq(citations.legalSourceId, legalSources.id))
      .innerJoin(debateArguments, eq(debateArguments.id, citations.argumentId))
      .innerJoin(positions, eq(positions.id, debateArguments.positionId))
      .where(
        and(inArray(positions.caseId, caseIds), visible.citation(citations.id), visible.legalSource(legalSources.id)),
      )
      .orderBy(asc(legalSources.id)),
    db
      .select({ id: events.id, title: events.title, createdAt: events.createdAt })
      .from(events)
      .where(and(inArray(events.caseId, caseIds), visible.event(events.id))),
    db
      .select({ id: quotes.id, speaker: actors.name, text: quotes.text, createdAt: quotes.createdAt })
      .from(quotes)
      .innerJoin(actors, eq(actors.id, quotes.speakerId))
      .where(and(inArray(quotes.caseId, caseIds), visible.quote(quotes.id))),
  ]);
  const as = (kind: FeedKind, rows: { id: string; entityId?: string; title: string; createdAt: Date }[]) =>
    rows.map((r) => ({ kind, entityId: r.entityId ?? r.id, ...r }));
  return [
    ...as("case", caseRows),
    ...as("position", positionRows),
    ...as("argument", argumentRows),
    ...as("document", documentRows),
    ...as("legalSource", sourceRows),
    ...as("event", eventRows),
    ...as(
      "quote",
      quoteRows.map(({ speaker, text, ...q }) => ({ ...q, title: quoteTitle(speaker, text) })),
    ),
  ];
}

/**
 * The latest published changes to what a feed follows, newest first. A change counts when
 * its revision leaves the item published: "published" when it was not before, "revised"
 * when it was. An item that has been published since before revisions were kept (the
 * seeded case) counts as published when it was made.
 */
export async function listFeedEntries(
  db: Db,
  opts: { caseSlug: string | null; limit: number },
): Promise<{ entries: FeedEntry[]; found: boolean }> {
  const items = await followedItems(db, opts.caseSlug);
  if (items.length === 0) return { entries: [], found: false };
  const byKey = new Map(items.map((i) => [`${i.kind}:${i.entityId}`, i]));
  const rows = await db
    .select({
      entityType: revisions.entityType,
      entityId: revisions.entityId,
      version: revisions.version,
      before: revisions.before,
      after: revisions.after,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .where(
      and(
        inArray(revisions.entityType, [...new Set(items.map((i) => i.kind))]),
        inArray(
          revisions.entityId,
          items.map((i) => i.entityId),
        ),
        sql`${revisions.after}->>'status' = 'published'`,
      ),
    )
    .orderBy(desc(revisions.createdAt), desc(revisions.id));
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const item = byKey.get(`${r.entityType}:${r.entityId}`);
    if (!item) continue;
    seen.add(`${item.kind}:${item.entityId}`);
    const before = r.before as Snapshot;
    const after = r.after as Snapshot;
    const wasPublished = before?.status === "published";
    const changed = wasPublished
      ? diffValues(ENTITIES[item.kind].fields, before.values, after?.values ?? null).map((c) => c.label)
      : [];
    // A published item saved without a change, or with only its workflow touched, is no news.
    if (wasPublished && changed.length === 0) continue;
    entries.push({
      kind: item.kind,
      id: item.id,
      title: item.title,
      version: r.version,
      change: wasPublished ? "revised" : "published",
      changed,
      at: r.createdAt,
    });
  }
  for (const item of items) {
    if (seen.has(`${item.kind}:${item.entityId}`)) continue;
    entries.push({
      kind: item.kind,
      id: item.id,
      title: item.title,
      version: 1,
      change: "published",
      changed: [],
      at: item.createdAt,
    });
  }
  entries.sort((a, b) => b.at.getTime() - a.at.getTime() || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  return { entries: entries.slice(0, opts.limit), found: true };
}
