import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { cases, debateArguments, positions, revisions } from "../schema";
import { isPublic, visible } from "./_shared";

/** One published version of an item: its version number, and when it was published as such. */
export interface PublishedVersion {
  version: number;
  publishedAt: Date;
  current: boolean;
}

/**
 * The versions of a published argument that readers could have read, oldest first: each
 * revision that left it published, and the current version (which, for an item published
 * before revisions were kept, has none). Null when the argument is not published now: a
 * withdrawn item's old versions are withdrawn with it.
 */
export async function listArgumentVersions(db: Db, id: string): Promise<PublishedVersion[] | null> {
  const [row] = await db
    .select({ version: debateArguments.version, updatedAt: debateArguments.updatedAt })
    .from(debateArguments)
    .where(and(eq(debateArguments.id, id), visible.argument(debateArguments.id)));
  if (!row) return null;
  const published = await db
    .select({ version: revisions.version, at: revisions.createdAt })
    .from(revisions)
    .where(
      and(
        eq(revisions.entityType, "argument"),
        eq(revisions.entityId, id),
        sql`${revisions.after}->>'status' = 'published'`,
      ),
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

type ArgumentValues = { claim?: string; explanation?: string; derivedFrom?: string | null; positionId?: string };

/**
 * One published version of an argument as it was published: its own words (claim,
 * explanation, where it comes from) and the position it stood under, if that is still
 * published. Null when there is no such published version, or the argument is withdrawn.
 */
export async function getArgumentVersion(db: Db, id: string, version: number) {
  const versions = await listArgumentVersions(db, id);
  const found = versions?.find((v) => v.version === version);
  if (!versions || !found) return null;
  const [now] = await db
    .select({
      claim: debateArguments.claim,
      explanation: debateArguments.explanation,
      derivedFrom: debateArguments.derivedFrom,
      positionId: debateArguments.positionId,
      caseSlug: cases.slug,
      caseTitle: cases.title,
    })
    .from(debateArguments)
    .innerJoin(positions, eq(positions.id, debateArguments.positionId))
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(eq(debateArguments.id, id));
  let values: ArgumentValues = now!;
  if (!found.current) {
    const [revision] = await db
      .select({ after: revisions.after })
      .from(revisions)
      .where(and(eq(revisions.entityType, "argument"), eq(revisions.entityId, id), eq(revisions.version, version)));
    values = ((revision?.after as { values?: ArgumentValues } | null)?.values ?? {}) as ArgumentValues;
  }
  const positionId = values.positionId ?? now!.positionId;
  const [position] = await db
    .select({ id: positions.id, title: positions.title })
    .from(positions)
    .where(and(eq(positions.id, positionId), isPublic(positions)));
  const current = versions.find((v) => v.current)!;
  return {
    id,
    version,
    publishedAt: found.publishedAt,
    /** The day this version was published (UTC), for citing it. */
    publishedOn: found.publishedAt.toISOString().slice(0, 10),
    claim: values.claim ?? "",
    explanation: values.explanation ?? "",
    derivedFrom: values.derivedFrom ?? null,
    position: position ?? null,
    caseSlug: now!.caseSlug,
    caseTitle: now!.caseTitle,
    currentVersion: current.version,
    isCurrent: found.current,
    versions,
  };
}
