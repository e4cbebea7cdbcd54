import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  actors,
  cases,
  debateArguments,
  documents,
  events,
  legalSources,
  positions,
  quotes,
  revisions,
} from "../schema";
import type { ItemVersionKind } from "@/lib/routes";
import { isPublic, visible } from "./_shared";

/** One published version of an item: its version number, and when it was published as such. */
export interface PublishedVersion {
  version: number;
  publishedAt: Date;
  current: boolean;
}

/** The items whose published versions have addresses, by entity type, with the rule that says they are published now. */
const VERSIONED = {
  case: { table: cases, visible: visible.case },
  position: { table: positions, visible: visible.position },
  argument: { table: debateArguments, visible: visible.argument },
  legalSource: { table: legalSources, visible: visible.legalSource },
  event: { table: events, visible: visible.event },
  quote: { table: quotes, visible: visible.quote },
  document: { table: documents, visible: visible.document },
} as const;
export type VersionedType = keyof typeof VERSIONED;

/**
 * The versions of a published item that readers could have read, oldest first: each
 * revision that left it published, and the current version (which, for an item published
 * before revisions were kept, has none). Null when the item is not published now: a
 * withdrawn item's old versions are withdrawn with it.
 */
export async function listVersions(db: Db, type: VersionedType, id: string): Promise<PublishedVersion[] | null> {
  const { table, visible: isVisible } = VERSIONED[type];
  const [row] = await db
    .select({ version: table.version, updatedAt: table.updatedAt })
    .from(table)
    .where(and(eq(table.id, id), isVisible(table.id)));
  if (!row) return null;
  const published = await db
    .select({ version: revisions.version, at: revisions.createdAt })
    .from(revisions)
    .where(
      and(eq(revisions.entityType, type), eq(revisions.entityId, id), sql`${revisions.after}->>'status' = 'published'`),
    )
    .orderBy(asc(revisions.version));
  const versions = published.map((r) => ({
    version: r.version,
    publishedAt: r.at,
    current: r.version === row.version,
  }));
  if (!versions.some((v) => v.current))
    versions.push({ version: row.version, publishedAt: row.updatedAt, current: true });
  return versions;
}

/**
 * One published version of an item: its fields as they were published (the revision's
 * snapshot; the row itself for the current version), with the list of versions. Null when
 * there is no such published version, or the item is withdrawn.
 */
export async function getVersionValues(db: Db, type: VersionedType, id: string, version: number) {
  const versions = await listVersions(db, type, id);
  const found = versions?.find((v) => v.version === version);
  if (!versions || !found) return null;
  const { table } = VERSIONED[type];
  let values: Record<string, unknown>;
  if (found.current) {
    const [row] = await db.select().from(table).where(eq(table.id, id));
    values = row as Record<string, unknown>;
  } else {
    const [revision] = await db
      .select({ after: revisions.after })
      .from(revisions)
      .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id), eq(revisions.version, version)));
    values = (revision?.after as { values?: Record<string, unknown> } | null)?.values ?? {};
  }
  const current = versions.find((v) => v.current)!;
  return {
    id,
    version,
    publishedAt: found.publishedAt,
    /** The day this version was published (UTC), for citing it. */
    publishedOn: found.publishedAt.toISOString().slice(0, 10),
    currentVersion: current.version,
    isCurrent: found.current,
    versions,
    values,
  };
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const textOrNull = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

/** The case an item belongs to now (its case is published, or the item would not be). */
async function caseOf(db: Db, caseId: unknown) {
  const [found] =
    typeof caseId === "string"
      ? await db.select({ slug: cases.slug, title: cases.title }).from(cases).where(eq(cases.id, caseId))
      : [];
  return found ?? null;
}

/**
 * One published version of an argument as it was published: its own words (claim,
 * explanation, where it comes from) and the position it stood under, if that is still
 * published.
 */
export async function getArgumentVersion(db: Db, id: string, version: number) {
  const v = await getVersionValues(db, "argument", id, version);
  if (!v) return null;
  const [now] = await db
    .select({ positionId: debateArguments.positionId, caseSlug: cases.slug, caseTitle: cases.title })
    .from(debateArguments)
    .innerJoin(positions, eq(positions.id, debateArguments.positionId))
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(eq(debateArguments.id, id));
  const positionId = textOrNull(v.values.positionId) ?? now!.positionId;
  const [position] = await db
    .select({ id: positions.id, title: positions.title })
    .from(positions)
    .where(and(eq(positions.id, positionId), isPublic(positions)));
  const { values, ...rest } = v;
  return {
    ...rest,
    claim: text(values.claim),
    explanation: text(values.explanation),
    derivedFrom: textOrNull(values.derivedFrom),
    position: position ?? null,
    caseSlug: now!.caseSlug,
    caseTitle: now!.caseTitle,
  };
}

const ENTITY_TYPE: Record<ItemVersionKind, VersionedType> = {
  case: "case",
  position: "position",
  source: "legalSource",
  event: "event",
  quote: "quote",
  document: "document",
};

/** A case's id from the slug its pages are addressed by. */
async function caseIdOf(db: Db, slug: string) {
  const [found] = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, slug));
  return found?.id ?? null;
}

/**
 * One published version of a case, position, legal source, event, quote or document, as
 * it was published: the fields of its page that are its own (a title, its text, its date),
 * with the case it belongs to and a quote's speaker as they are now. A case is named by its
 * slug, as its pages are.
 */
export async function getItemVersion(db: Db, kind: ItemVersionKind, idOrSlug: string, version: number) {
  const id = kind === "case" ? await caseIdOf(db, idOrSlug) : idOrSlug;
  if (!id) return null;
  const v = await getVersionValues(db, ENTITY_TYPE[kind], id, version);
  if (!v) return null;
  const inCase = kind === "case" ? null : await caseOf(db, v.values.caseId);
  const [speaker] =
    kind === "quote" && typeof v.values.speakerId === "string"
      ? await db
          .select({ id: actors.id, name: actors.name })
          .from(actors)
          .where(and(eq(actors.id, v.values.speakerId), isPublic(actors)))
      : [];
  const s = (name: string) => textOrNull(v.values[name]);
  return {
    ...v,
    kind,
    /** The page's address id: a case's slug (as this version had it), else the item's id. */
    pageId: kind === "case" ? idOrSlug : id,
    values: {
      title: s(kind === "source" ? "shortTitle" : kind === "quote" ? "text" : "title") ?? "",
      summary: s("summary"),
      citation: s("citation"),
      text: kind === "quote" || kind === "document" ? s("text") : null,
      date: s(kind === "document" ? "publicationDate" : "date"),
      datePrecision: s("datePrecision") as "day" | "month" | "year" | null,
      place: s("place"),
      publisher: s("publisher"),
      stance: s("stance"),
      legalFrame: s("legalFrame"),
    },
    speaker: speaker ?? null,
    caseSlug: kind === "case" ? idOrSlug : (inCase?.slug ?? null),
    caseTitle: kind === "case" ? s("title") : (inCase?.title ?? null),
  };
}

export const listArgumentVersions = (db: Db, id: string) => listVersions(db, "argument", id);

/** The published versions of a case (by slug), position, legal source, event, quote or document. */
export async function listItemVersions(db: Db, kind: ItemVersionKind, idOrSlug: string) {
  const id = kind === "case" ? await caseIdOf(db, idOrSlug) : idOrSlug;
  return id ? listVersions(db, ENTITY_TYPE[kind], id) : null;
}
