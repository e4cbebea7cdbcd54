import type { Db } from "@/db/client";
import {
  actorDependents,
  contentsOf,
  legalSourceDependents,
  ownersOf,
  relationNeighbours,
  type CaseScoped,
  type Dependent,
  type RelationNodes,
} from "@/db/queries/dependents";
import { ENTITIES, type EntityType } from "@/lib/curation/entities";
import type { Values } from "@/lib/curation/fields";
import { MAX_TAG_LENGTH, TAGS } from "./cache-tags";
import type { ContentChange } from "./services/curation/change-log";
import type { Snapshot } from "./services/curation/service";

/**
 * The cache tags (server/cache-tags.ts) a committed set of changes must purge: those of
 * every cached public read that shows, or could now show, one of the changed rows. Readers
 * see published rows only, so a change counts when the row was public before it or is after
 * it: creating a draft or editing one purges nothing.
 *
 * The cached reads tag a page with its own tag and the cases it names (server/public-reads.ts),
 * so a change inside a case purges that case, and pages outside it (sources, actors, pages of
 * other cases' arguments) are purged by their own tags. Publishing or withdrawing a case, a
 * position or an argument also purges what appears or disappears with it, down to pages
 * cached as "not found" that name no case.
 */

const isPublic = (s: Snapshot | null) => s !== null && s.status === "published" && !s.deleted;

/** Rows with a page of their own. */
const PAGE: Partial<Record<EntityType, (id: string) => string>> = {
  argument: TAGS.argument,
  position: TAGS.position,
  document: TAGS.document,
  legalSource: TAGS.source,
  actor: TAGS.actor,
  event: TAGS.event,
  quote: TAGS.quote,
};

/** The fields leading from a row to what it belongs to, on the way to its case. A relation belongs to both its ends. */
const BELONGS_TO: Partial<Record<EntityType, Record<string, CaseScoped>>> = {
  document: { caseId: "case" },
  position: { caseId: "case" },
  event: { caseId: "case" },
  quote: { caseId: "case" },
  clash: { caseId: "case" },
  prompt: { caseId: "case" },
  argument: { positionId: "position" },
  citation: { argumentId: "argument" },
  anchor: { documentId: "document" },
  clashSide: { clashId: "clash" },
  relation: {
    fromArgumentId: "argument",
    fromPositionId: "position",
    toArgumentId: "argument",
    toPositionId: "position",
    toEventId: "event",
  },
};

/** Shared rows a row can name, and the page that lists what names them. */
const NAMED_PAGE: Partial<Record<EntityType, (id: string) => string>> = { actor: TAGS.actor, legalSource: TAGS.source };

const DEPENDENT_TAG: Record<Dependent["kind"], ((id: string) => string) | null> = {
  case: TAGS.case,
  document: TAGS.document,
  position: TAGS.position,
  argument: TAGS.argument,
  actor: TAGS.actor,
  source: TAGS.source,
  cited: TAGS.source,
  event: TAGS.event,
  quote: TAGS.quote,
};

/** The ids a ref ("x") or refs (["x", "y"]) field holds. */
function idsIn(values: Values, field: string): string[] {
  const value = values[field];
  return (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string" && id !== "");
}

/** What the changes call for: tags known at once, and the ids whose dependents are looked up. */
interface Wanted {
  tags: Set<string>;
  owners: Record<CaseScoped | "statuteOf", string[]>;
  sources: string[];
  actors: string[];
  /** Parents published or withdrawn: their contents appear or disappear with them. */
  flipped: Record<"case" | "position" | "argument", string[]>;
  /** Where relation trees showing a changed row start. */
  nodes: RelationNodes;
}

function collect(w: Wanted, { type, id, before, after }: ContentChange) {
  const page = PAGE[type];
  if (page) w.tags.add(page(id));
  for (const values of before ? [before.values, after.values] : [after.values]) {
    for (const [field, owner] of Object.entries(BELONGS_TO[type] ?? {})) w.owners[owner].push(...idsIn(values, field));
    // A quote's speaker, an event's sources, a citation's source: their pages list this row.
    for (const f of ENTITIES[type].fields) {
      const named = (f.type === "ref" || f.type === "refs") && NAMED_PAGE[f.target as EntityType];
      if (named) for (const x of idsIn(values, f.name)) w.tags.add(named(x));
    }
    if (type === "case") for (const slug of idsIn(values, "slug")) w.tags.add(TAGS.case(slug));
    // A source's passages show on its page and beside every citation of it: as the source itself does.
    if (type === "keyPassage") w.sources.push(...idsIn(values, "legalSourceId"));
    // A statute's page lists the citations of its provisions too.
    if (type === "citation") w.owners.statuteOf.push(...idsIn(values, "legalSourceId"));
    if (type === "relation") {
      // Both ends show the relation, and so do the trees that reach them.
      const argumentEnds = [...idsIn(values, "fromArgumentId"), ...idsIn(values, "toArgumentId")];
      const positionEnds = [...idsIn(values, "fromPositionId"), ...idsIn(values, "toPositionId")];
      for (const end of argumentEnds) w.tags.add(TAGS.argument(end));
      for (const end of positionEnds) w.tags.add(TAGS.position(end));
      w.nodes.argument.push(...argumentEnds);
      w.nodes.position.push(...positionEnds);
      w.nodes.event.push(...idsIn(values, "toEventId"));
    }
  }
  if (type === "case") w.tags.add(TAGS.caseList);
  // The source list shows each source's published citations, counted.
  if (type === "legalSource" || type === "citation") w.tags.add(TAGS.sourceList);
  if (type === "legalSource") w.sources.push(id);
  if (type === "actor") w.actors.push(id);
  if (type === "argument" || type === "position" || type === "event") w.nodes[type].push(id);
  if ((type === "case" || type === "position" || type === "argument") && isPublic(before) !== isPublic(after))
    w.flipped[type].push(id);
}

/** Sorted and without repeats; no statement at all when no change counts. */
export async function tagsFor(db: Db, changes: ContentChange[]): Promise<string[]> {
  const w: Wanted = {
    tags: new Set(),
    owners: { case: [], document: [], position: [], argument: [], event: [], clash: [], statuteOf: [] },
    sources: [],
    actors: [],
    flipped: { case: [], position: [], argument: [] },
    nodes: { argument: [], position: [], event: [] },
  };
  for (const change of changes) if (isPublic(change.before) || isPublic(change.after)) collect(w, change);

  const contents = await contentsOf(db, w.flipped);
  for (const c of contents)
    if (c.kind === "argument" || c.kind === "position" || c.kind === "event") w.nodes[c.kind].push(c.id);
  const [owners, sourceShowers, actorShowers, neighbours] = await Promise.all([
    ownersOf(db, w.owners),
    legalSourceDependents(db, w.sources),
    actorDependents(db, w.actors),
    relationNeighbours(db, w.nodes),
  ]);
  for (const d of [...owners, ...contents, ...sourceShowers, ...actorShowers]) {
    const tag = DEPENDENT_TAG[d.kind];
    if (tag) w.tags.add(tag(d.id));
    if (d.kind === "cited") w.tags.add(TAGS.sourceList);
  }
  for (const id of neighbours) w.tags.add(TAGS.argument(id));
  return fitting(w.tags);
}

/** Sorted; a tag too long for Next can be on no cached read, which only the purge of everything then reaches. */
function fitting(tags: Set<string>): string[] {
  const out = [...tags].filter((t) => t.length <= MAX_TAG_LENGTH);
  if (out.length < tags.size) out.push(TAGS.all);
  return [...new Set(out)].sort();
}
