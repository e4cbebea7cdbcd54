import { and, eq, inArray, isNotNull, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { QueryBuilder, type PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  argumentAttributions,
  argumentRelations,
  cases,
  citations,
  clashes,
  debateArguments,
  documents,
  eventActors,
  eventLegalSources,
  events,
  legalSourceActors,
  legalSources,
  positionActors,
  positions,
  quotes,
} from "../schema";
import { rawRows } from "./_raw";

/**
 * The rows that show a changed row somewhere, found whatever their status (publishing one of
 * them would make the change appear): what a write's purge of cached reads must reach
 * (server/cache-invalidation.ts). Each function is one statement however many ids it gets,
 * but for the walk along relations: one per level.
 */

/** What a page shows that a change can reach: `case` carries the case's slug, the others ids. */
export type Dependent = {
  kind: "case" | "document" | "position" | "argument" | "event" | "quote" | "actor" | "source" | "cited";
  id: string;
};

/** Rows that belong to a case, directly or through their position, document or clash. */
export type CaseScoped = "case" | "document" | "position" | "argument" | "event" | "clash";

// Builds the branches; the casing must be the client's (db/client.ts), since a builder names its own columns.
const qb = new QueryBuilder({ casing: "snake_case" });

const pick = (kind: Dependent["kind"], column: PgColumn) => ({
  kind: sql<string>`${kind}::text`.as("kind"),
  id: sql<string>`${column}`.as("id"),
});

/** Runs the non-empty branches as one UNION ALL. */
async function unionOf(db: Db, branches: (SQLWrapper | null)[], prefix?: SQL): Promise<Dependent[]> {
  // Parenthesized by hand: a builder would add its own parentheses, raw SQL would not.
  const parts = branches.filter((b): b is SQLWrapper => b !== null).map((b) => sql`(${b.getSQL()})`);
  if (parts.length === 0) return [];
  return rawRows<Dependent>(db, sql`${prefix ?? sql``}${sql.join(parts, sql` union all `)}`);
}

const some = <T>(ids: T[] | undefined, branch: (ids: T[]) => SQLWrapper) => (ids?.length ? branch(ids) : null);

/** Slugs of the cases of the arguments matching a condition. */
const casesOfArguments = (where: SQL) =>
  qb
    .select(pick("case", cases.slug))
    .from(debateArguments)
    .innerJoin(positions, eq(positions.id, debateArguments.positionId))
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(where);

/**
 * What rows belong to: the cases (`case`, by slug) of case-scoped rows, and for `statuteOf`
 * the statutes above sources (`source`: a statute's page lists its provisions' citations).
 */
export async function ownersOf(db: Db, ids: Partial<Record<CaseScoped | "statuteOf", string[]>>): Promise<Dependent[]> {
  const slug = pick("case", cases.slug);
  return unionOf(db, [
    some(ids.case, (x) => qb.select(slug).from(cases).where(inArray(cases.id, x))),
    some(ids.document, (x) =>
      qb.select(slug).from(documents).innerJoin(cases, eq(cases.id, documents.caseId)).where(inArray(documents.id, x)),
    ),
    some(ids.position, (x) =>
      qb.select(slug).from(positions).innerJoin(cases, eq(cases.id, positions.caseId)).where(inArray(positions.id, x)),
    ),
    some(ids.argument, (x) => casesOfArguments(inArray(debateArguments.id, x))),
    some(ids.event, (x) =>
      qb.select(slug).from(events).innerJoin(cases, eq(cases.id, events.caseId)).where(inArray(events.id, x)),
    ),
    some(ids.clash, (x) =>
      qb.select(slug).from(clashes).innerJoin(cases, eq(cases.id, clashes.caseId)).where(inArray(clashes.id, x)),
    ),
    some(ids.statuteOf, (x) =>
      qb
        .select(pick("source", legalSources.parentId))
        .from(legalSources)
        .where(and(inArray(legalSources.id, x), isNotNull(legalSources.parentId))),
    ),
  ]);
}

/**
 * What shows legal sources, with their provisions (a provision is visible only under a
 * visible statute, and its page shows the statute): the sources themselves and every
 * provision below them, sources they repealed (whose pages name them), the actors their
 * pages list (`source`/`actor`), and the cases citing them or with events naming them.
 */
export async function legalSourceDependents(db: Db, ids: string[]): Promise<Dependent[]> {
  if (ids.length === 0) return [];
  // UNION (not UNION ALL) ends the walk should parents ever form a cycle.
  const tree = sql`with recursive source_tree(id) as (
    select ${legalSources.id} from ${legalSources} where ${inArray(legalSources.id, ids)}
    union select child.id from legal_sources child join source_tree on child.parent_id = source_tree.id) `;
  const inTree = (column: PgColumn) => sql`${column} in (select id from source_tree)`;
  return unionOf(
    db,
    [
      sql`select 'source'::text as kind, id from source_tree`,
      qb.select(pick("source", legalSources.id)).from(legalSources).where(inTree(legalSources.repealedById)),
      qb
        .select(pick("actor", legalSourceActors.actorId))
        .from(legalSourceActors)
        .where(inTree(legalSourceActors.legalSourceId)),
      casesOfArguments(inTree(citations.legalSourceId)).innerJoin(
        citations,
        eq(citations.argumentId, debateArguments.id),
      ),
      qb
        .select(pick("case", cases.slug))
        .from(eventLegalSources)
        .innerJoin(events, eq(events.id, eventLegalSources.eventId))
        .innerJoin(cases, eq(cases.id, events.caseId))
        .where(inTree(eventLegalSources.legalSourceId)),
    ],
    tree,
  );
}

/** What shows actors: every case linking them (holders, speakers, attributions, event actors) and the sources naming them. */
export async function actorDependents(db: Db, ids: string[]): Promise<Dependent[]> {
  if (ids.length === 0) return [];
  const slug = pick("case", cases.slug);
  return unionOf(db, [
    qb
      .select(slug)
      .from(positionActors)
      .innerJoin(positions, eq(positions.id, positionActors.positionId))
      .innerJoin(cases, eq(cases.id, positions.caseId))
      .where(inArray(positionActors.actorId, ids)),
    qb.select(slug).from(quotes).innerJoin(cases, eq(cases.id, quotes.caseId)).where(inArray(quotes.speakerId, ids)),
    casesOfArguments(inArray(argumentAttributions.actorId, ids)).innerJoin(
      argumentAttributions,
      eq(argumentAttributions.argumentId, debateArguments.id),
    ),
    qb
      .select(slug)
      .from(eventActors)
      .innerJoin(events, eq(events.id, eventActors.eventId))
      .innerJoin(cases, eq(cases.id, events.caseId))
      .where(inArray(eventActors.actorId, ids)),
    qb
      .select(pick("source", legalSourceActors.legalSourceId))
      .from(legalSourceActors)
      .where(inArray(legalSourceActors.actorId, ids)),
  ]);
}

/**
 * What appears or disappears with cases, positions or arguments that are published or
 * withdrawn (a row is visible only inside visible parents): their documents, positions,
 * arguments and events, the actors they link, the sources their events name, and the sources
 * their arguments cite (`cited`: the source list counts those citations).
 */
export async function contentsOf(
  db: Db,
  of: { case: string[]; position: string[]; argument: string[] },
): Promise<Dependent[]> {
  const argumentsIn = or(
    of.case.length
      ? inArray(
          debateArguments.positionId,
          qb.select({ id: positions.id }).from(positions).where(inArray(positions.caseId, of.case)),
        )
      : undefined,
    of.position.length ? inArray(debateArguments.positionId, of.position) : undefined,
    of.argument.length ? inArray(debateArguments.id, of.argument) : undefined,
  );
  if (!argumentsIn) return [];
  const inCases = (branch: (caseIds: string[]) => SQLWrapper) => some(of.case, branch);
  return unionOf(db, [
    inCases((c) => qb.select(pick("document", documents.id)).from(documents).where(inArray(documents.caseId, c))),
    inCases((c) => qb.select(pick("position", positions.id)).from(positions).where(inArray(positions.caseId, c))),
    inCases((c) => qb.select(pick("event", events.id)).from(events).where(inArray(events.caseId, c))),
    inCases((c) => qb.select(pick("quote", quotes.id)).from(quotes).where(inArray(quotes.caseId, c))),
    inCases((c) => qb.select(pick("actor", quotes.speakerId)).from(quotes).where(inArray(quotes.caseId, c))),
    inCases((c) =>
      qb
        .select(pick("actor", positionActors.actorId))
        .from(positionActors)
        .innerJoin(positions, eq(positions.id, positionActors.positionId))
        .where(inArray(positions.caseId, c)),
    ),
    inCases((c) =>
      qb
        .select(pick("actor", eventActors.actorId))
        .from(eventActors)
        .innerJoin(events, eq(events.id, eventActors.eventId))
        .where(inArray(events.caseId, c)),
    ),
    inCases((c) =>
      qb
        .select(pick("source", eventLegalSources.legalSourceId))
        .from(eventLegalSources)
        .innerJoin(events, eq(events.id, eventLegalSources.eventId))
        .where(inArray(events.caseId, c)),
    ),
    qb.select(pick("argument", debateArguments.id)).from(debateArguments).where(argumentsIn),
    qb
      .select(pick("actor", argumentAttributions.actorId))
      .from(argumentAttributions)
      .innerJoin(debateArguments, eq(debateArguments.id, argumentAttributions.argumentId))
      .where(argumentsIn),
    qb
      .select(pick("cited", citations.legalSourceId))
      .from(citations)
      .innerJoin(debateArguments, eq(debateArguments.id, citations.argumentId))
      .where(argumentsIn),
  ]);
}

/** The ends of relations a tree can show: arguments are walked on, positions and events end a path. */
export type RelationNodes = { argument: string[]; position: string[]; event: string[] };

/**
 * The arguments whose pages show any of the given rows in their relation trees:
 * getRelationTree (db/queries/arguments.ts) follows relations `depth` levels out, both ways,
 * through arguments only. Walking back from a row finds the arguments bearing on it (their
 * outgoing trees show it); walking ahead, those it bears on (their incoming trees show it).
 * One statement per level.
 */
export async function relationNeighbours(db: Db, from: RelationNodes, depth = 3): Promise<string[]> {
  const r = argumentRelations;
  const seen = { back: new Set(from.argument), ahead: new Set(from.argument) };
  let back = { argument: new Set(from.argument), position: new Set(from.position), event: new Set(from.event) };
  let ahead = { argument: new Set(from.argument), position: new Set(from.position) };
  const among = (ids: Set<string>, id: string | null) => id !== null && ids.has(id);
  const near = (column: PgColumn, ids: Set<string>) => (ids.size ? inArray(column, [...ids]) : null);
  for (let level = 0; level < depth; level++) {
    const conditions = [
      near(r.toArgumentId, back.argument),
      near(r.toPositionId, back.position),
      near(r.toEventId, back.event),
      near(r.fromArgumentId, ahead.argument),
      near(r.fromPositionId, ahead.position),
    ].filter((c): c is SQL => c !== null);
    if (conditions.length === 0) break;
    const rows = await db
      .select({
        fromArgumentId: r.fromArgumentId,
        fromPositionId: r.fromPositionId,
        toArgumentId: r.toArgumentId,
        toPositionId: r.toPositionId,
        toEventId: r.toEventId,
      })
      .from(r)
      .where(or(...conditions));
    const nextBack = new Set<string>();
    const nextAhead = new Set<string>();
    for (const x of rows) {
      const bearsOn =
        among(back.argument, x.toArgumentId) || among(back.position, x.toPositionId) || among(back.event, x.toEventId);
      if (bearsOn && x.fromArgumentId && !seen.back.has(x.fromArgumentId)) nextBack.add(x.fromArgumentId);
      const borneOn = among(ahead.argument, x.fromArgumentId) || among(ahead.position, x.fromPositionId);
      if (borneOn && x.toArgumentId && !seen.ahead.has(x.toArgumentId)) nextAhead.add(x.toArgumentId);
    }
    for (const id of nextBack) seen.back.add(id);
    for (const id of nextAhead) seen.ahead.add(id);
    back = { argument: nextBack, position: new Set(), event: new Set() };
    ahead = { argument: nextAhead, position: new Set() };
  }
  const start = new Set(from.argument);
  return [...new Set([...seen.back, ...seen.ahead])].filter((id) => !start.has(id));
}
