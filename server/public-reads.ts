import { cacheLife, cacheTag } from "next/cache";
import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/db/availability";
import { onPrimary, type Db } from "@/db/client";
import { isPreviewing } from "@/db/queries/_shared";
import { getDb } from "@/db/runtime";
import type { LegalSourceKind } from "@/lib/bluebook";
import type { MapFilter } from "@/lib/map-graph";
import type { ItemVersionKind } from "@/lib/routes";
import { TAGS } from "./cache-tags";
import { isId, isLessonCode, publishedQueries as q, type PublishedReads } from "./published-queries";

/**
 * The published reads (server/published-queries.ts), cached. Each is a pure function of its
 * arguments and the published rows, so one answer serves every reader until a write purges
 * one of its tags (server/cache-invalidation.ts). A miss (null) is cached and tagged too, so
 * publishing an item turns its cached 404 into its page on the next request.
 *
 * Nothing here may depend on the request: no session, no headers. The limits on public reads
 * (the map graph's, say) run in the tRPC procedure before it calls one of these.
 */

/** Opens the database inside a cached read, as the tRPC procedures do: an outage is reported, never cached. */
async function read<T>(query: (db: Db) => T | Promise<T>): Promise<T> {
  // A cached answer is for every reader: an editor's preview (drafts in place) must never fill one.
  if (isPreviewing()) throw new Error("A cached public read was called inside a preview.");
  try {
    // From the primary even with read replicas: the cache is purged when a write commits there,
    // and a refill from a replica that has not caught up would keep the old answer until the next purge.
    return await query(onPrimary(await getDb()));
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

/** Tags an item's answer with the cases it names. */
function taggedWithCases<T>(found: T): T {
  if (found) cacheTag(...caseTagsIn(found));
  return found;
}

export async function readCaseList() {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.caseList);
  return read(q.caseList);
}

export async function readCase(slug: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  // An address that names nothing is answered without the database (so is the build's placeholder, see app/_components/static-params.ts).
  return isId(slug) ? read((db) => q.case(db, slug)) : null;
}

export async function readEvents(slug: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  return isId(slug) ? read((db) => q.events(db, slug)) : null;
}

/** The published items with a page of their own, and the tag of that page. */
const ITEM_TAG = {
  argument: TAGS.argument,
  position: TAGS.position,
  document: TAGS.document,
  source: TAGS.source,
  actor: TAGS.actor,
  event: TAGS.event,
  quote: TAGS.quote,
} as const;
type Item = keyof typeof ITEM_TAG;

/** One item's page data, tagged with its page and every case it names. */
async function readItem<K extends Item>(kind: K, id: string): Promise<ItemData<K> | null> {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, ITEM_TAG[kind](id));
  if (!isId(id)) return null;
  // TypeScript cannot follow `q[kind]` through the generic; each query answers its item or null.
  const query = q[kind] as (db: Db, id: string) => Promise<ItemData<K> | null>;
  return taggedWithCases(await read((db) => query(db, id)));
}
type ItemData<K extends Item> = NonNullable<Awaited<ReturnType<(typeof q)[K]>>>;

export const readArgument = (id: string) => readItem("argument", id);

/** An argument's published versions: purged with the argument, as its page is. */
export async function readArgumentVersions(id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.argument(id));
  return read((db) => q.argumentVersions(db, id));
}

/** One published version of an argument; a past version's words never change, but its withdrawal does. */
export async function readArgumentVersion(id: string, version: number) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.argument(id));
  return taggedWithCases(await read((db) => q.argumentVersion(db, id, version)));
}
/** The tag of the page whose versions these are: purged with it. */
const VERSION_TAG: Record<ItemVersionKind, (id: string) => string> = {
  case: TAGS.case,
  position: TAGS.position,
  source: TAGS.source,
  event: TAGS.event,
  quote: TAGS.quote,
  document: TAGS.document,
};

/** The published versions of a case (by slug), position, legal source, event, quote or document. */
export async function readItemVersions(kind: ItemVersionKind, id: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, VERSION_TAG[kind](id));
  return read((db) => q.itemVersions(db, kind, id));
}

/** One of those versions, as it was published. */
export async function readItemVersion(kind: ItemVersionKind, id: string, version: number) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, VERSION_TAG[kind](id));
  return taggedWithCases(await read((db) => q.itemVersion(db, kind, id, version)));
}

export const readPosition = (id: string) => readItem("position", id);
export const readDocument = (id: string) => readItem("document", id);
export const readSource = (id: string) => readItem("source", id);
export const readActor = (id: string) => readItem("actor", id);
export const readEvent = (id: string) => readItem("event", id);
export const readQuote = (id: string) => readItem("quote", id);

export async function readSourceList(filter: { kind?: LegalSourceKind; limit: number; offset: number }) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.sourceList);
  return read((db) => q.sourceList(db, filter));
}

export async function readComparisonInput(slug: string, positionIds: string[]) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  return isId(slug) ? read((db) => q.comparisonInput(db, slug, positionIds)) : null;
}

/** The laid-out map for one filter: the layout is the costly part, so it is cached with the data. */
export async function readMapGraph(slug: string, filter: MapFilter) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug));
  return isId(slug) ? read((db) => q.mapGraph(db, slug, filter)) : null;
}

/** One argument's neighbourhood on the map, laid out; purged with its case and with the argument. */
export async function readMapFocus(slug: string, argumentId: string) {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.case(slug), TAGS.argument(argumentId));
  return isId(slug) && isId(argumentId) ? read((db) => q.mapFocus(db, slug, argumentId)) : null;
}

/** Whether a lesson code reaches a lesson; purged when a teacher deletes or restores it. */
export async function readLessonExists(code: string): Promise<boolean> {
  "use cache";
  cacheLife("published");
  cacheTag(TAGS.all, TAGS.lesson(code));
  return isLessonCode(code) ? read((db) => q.lessonExists(db, code)) : false;
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

/** The cached reads, for the tRPC procedures (the route handler and the pages' caller pass them in the context). */
export const cachedReads: PublishedReads = {
  caseList: readCaseList,
  case: readCase,
  events: readEvents,
  argument: readArgument,
  argumentVersions: readArgumentVersions,
  argumentVersion: readArgumentVersion,
  itemVersions: readItemVersions,
  itemVersion: readItemVersion,
  position: readPosition,
  document: readDocument,
  source: readSource,
  actor: readActor,
  event: readEvent,
  quote: readQuote,
  sourceList: readSourceList,
  comparisonInput: readComparisonInput,
  mapGraph: readMapGraph,
  mapFocus: readMapFocus,
  lessonExists: readLessonExists,
};
