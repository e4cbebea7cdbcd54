import { cacheLife, cacheTag } from "next/cache";
import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/db/availability";
import type { Db } from "@/db/client";
import { getActorById } from "@/db/queries/actors";
import { getArgumentById } from "@/db/queries/arguments";
import { findCaseIdBySlug, getCaseBySlug, listCases } from "@/db/queries/cases";
import { getComparisonInput } from "@/db/queries/compare";
import { getDocumentById } from "@/db/queries/documents";
import { listEvents } from "@/db/queries/events";
import { getLegalSourceById, listLegalSources } from "@/db/queries/legal-sources";
import { getPositionById } from "@/db/queries/positions";
import { isPreviewing } from "@/db/queries/_shared";
import { getDb } from "@/db/runtime";
import type { LegalSourceKind } from "@/lib/bluebook";
import { readableIdSchema } from "@/lib/ids";
import { lessonExists } from "./services/lessons";
import { TAGS } from "./cache-tags";

/**
 * The public reads of published content, cached. Each is a pure function of its arguments
 * and the published rows, so one answer serves every reader until a write purges one of
 * its tags (server/cache-invalidation.ts). A miss (null) is cached and tagged too, so
 * publishing an item turns its cached 404 into its page on the next request.
 *
 * Nothing here may depend on the request: no session, no headers, no limits. The reads that
 * do (search, the map graph, a lesson) stay in their tRPC procedures, uncached.
 */

/** Opens the database inside a cached read, as the tRPC procedures do: an outage is reported, never cached. */
async function read<T>(query: (db: Db) => Promise<T>): Promise<T> {
  // A cached answer is for every reader: an editor's preview (drafts in place) must never fill one.
  if (isPreviewing()) throw new Error("A cached public read was called inside a preview.");
  try {
    return await query(await getDb());
  } catch (error) {
    if (isDatabaseUnavailableError(error)) markDatabaseUnavailable();
    throw error;
  }
}

/** Every case slug named anywhere in an answer: the cases whose changes can change it. */
function caseTagsIn(value: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(value)) for (const item of value) caseTagsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "caseSlug" && typeof v === "string") found.add(TAGS.case(v));
      else if (v && typeof v === "object") caseTagsIn(v, found);
    }
  }
  return [...found];
}

const isId = (id: string) => readableIdSchema.safeParse(id).success;

export async function readCaseList() {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.caseList);
  return read(listCases);
}

export async function readCase(slug: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  return isId(slug) ? read((db) => getCaseBySlug(db, slug)) : null;
}

/** A case's events, or null when there is no such published case. */
export async function readEvents(slug: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  if (!isId(slug)) return null;
  return read(async (db) => {
    const caseId = await findCaseIdBySlug(db, slug);
    return caseId ? listEvents(db, caseId) : null;
  });
}

export async function readArgument(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.argument(id));
  const found = isId(id) ? await read((db) => getArgumentById(db, id)) : null;
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

export async function readPosition(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.position(id));
  const found = isId(id) ? await read((db) => getPositionById(db, id)) : null;
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

export async function readDocument(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.document(id));
  const found = isId(id) ? await read((db) => getDocumentById(db, id)) : null;
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

export async function readSource(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.source(id));
  const found = isId(id) ? await read((db) => getLegalSourceById(db, id)) : null;
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

export async function readActor(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.actor(id));
  const found = isId(id) ? await read((db) => getActorById(db, id)) : null;
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

/** One page of the source list without a text filter (text searches are per request). */
export async function readSourceList(filter: { kind?: LegalSourceKind; limit: number; offset: number }) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.sourceList);
  return read((db) => listLegalSources(db, filter));
}

/** What a comparison is built from (the column order is applied per request, from the address). */
export async function readComparisonInput(slug: string, positionIds: string[]) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  return read((db) => getComparisonInput(db, slug, positionIds));
}

/**
 * Today's date (UTC), for the War Powers clocks. Cached for an hour, so a page that counts
 * days from it is prerendered like the rest and renews itself within the hour after midnight.
 */
export async function today(): Promise<string> {
  "use cache";
  cacheLife("hours");
  return new Date().toISOString().slice(0, 10);
}

/** Whether a lesson code reaches a lesson; purged when a teacher deletes or restores it. */
export async function readLessonExists(code: string): Promise<boolean> {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.lesson(code));
  return /^[A-Za-z2-9]{6}$/.test(code) ? read((db) => lessonExists(db, code)) : false;
}
