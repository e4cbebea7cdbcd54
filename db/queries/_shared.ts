import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias, QueryBuilder, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import {
  actors,
  anchors,
  argumentRelations,
  cases,
  citations,
  clashes,
  clashSides,
  debateArguments,
  documents,
  events,
  positions,
  prompts,
  quotes,
} from "../schema";

/** Set only while an editor previews: drafts and items in review count as visible too. */
const previewing = new AsyncLocalStorage<true>();

/** Runs the public read queries as an editor's preview, with unpublished content in place. */
export function withDrafts<T>(read: () => Promise<T>): Promise<T> {
  return previewing.run(true, read);
}

/** Whether the reads run inside an editor's preview (cached public reads must never). */
export function isPreviewing(): boolean {
  return previewing.getStore() === true;
}

/** What the public may see of a curated row: published and not deleted (in a preview: not deleted). */
export function isPublic(table: { status: PgColumn; deletedAt: PgColumn }): SQL {
  if (previewing.getStore()) return isNull(table.deletedAt);
  return and(eq(table.status, "published"), isNull(table.deletedAt))!;
}

/** An id to check: a column of the outer query, or raw SQL naming one (`sql.raw("a.id")`). */
type IdRef = PgColumn | SQL;

const qb = new QueryBuilder();
const one = { one: sql`1` };
// Aliases, so that a check on (say) an argument's position never shadows the outer query's own tables.
const v = {
  case: alias(cases, "v_case"),
  document: alias(documents, "v_document"),
  anchor: alias(anchors, "v_anchor"),
  position: alias(positions, "v_position"),
  argument: alias(debateArguments, "v_argument"),
  event: alias(events, "v_event"),
  quote: alias(quotes, "v_quote"),
  actor: alias(actors, "v_actor"),
  citation: alias(citations, "v_citation"),
  relation: alias(argumentRelations, "v_relation"),
  clash: alias(clashes, "v_clash"),
  clashSide: alias(clashSides, "v_clash_side"),
  prompt: alias(prompts, "v_prompt"),
};
const row = (table: (typeof v)[keyof typeof v], id: IdRef, ...more: SQL[]) =>
  exists(
    qb
      .select(one)
      .from(table)
      .where(and(eq(table.id, id), isPublic(table), ...more)),
  );

/**
 * The one rule for what readers may see: a row is visible when it is public (published,
 * not deleted) and so is everything it cannot exist without — its case, its position, its
 * document, its clash, a quote's speaker, a provision's statute, both ends of a citation
 * or a relation. Each function takes the id that a query joins or links to and answers
 * whether that row is visible, so a link row is kept only when its far end passes too.
 * In an editor's preview, "public" means "not deleted" all the way down.
 */
export const visible = {
  case: (id: IdRef) => row(v.case, id),
  document: (id: IdRef) => row(v.document, id, visible.case(v.document.caseId)),
  anchor: (id: IdRef) => row(v.anchor, id, visible.document(v.anchor.documentId)),
  position: (id: IdRef) => row(v.position, id, visible.case(v.position.caseId)),
  argument: (id: IdRef) => row(v.argument, id, visible.position(v.argument.positionId)),
  event: (id: IdRef) => row(v.event, id, visible.case(v.event.caseId)),
  actor: (id: IdRef) => row(v.actor, id),
  quote: (id: IdRef) => row(v.quote, id, visible.case(v.quote.caseId), visible.actor(v.quote.speakerId)),
  /** A legal source, with every statute above it (a provision of a draft statute stays hidden). */
  legalSource: (id: IdRef) => {
    const pub = (alias: string) =>
      previewing.getStore()
        ? sql.raw(`${alias}.deleted_at is null`)
        : sql.raw(`${alias}.status = 'published' and ${alias}.deleted_at is null`);
    // UNION (not UNION ALL) ends the walk should parents ever form a cycle; a cycle never reaches a root, so it is hidden.
    return sql`exists (
      with recursive v_chain(id, parent_id) as (
        select v_s.id, v_s.parent_id from legal_sources v_s where v_s.id = ${id} and ${pub("v_s")}
        union
        select v_p.id, v_p.parent_id from legal_sources v_p join v_chain on v_p.id = v_chain.parent_id where ${pub("v_p")})
      select 1 from v_chain where v_chain.parent_id is null)`;
  },
  citation: (id: IdRef) =>
    row(v.citation, id, visible.argument(v.citation.argumentId), visible.legalSource(v.citation.legalSourceId)),
  relation: (id: IdRef) =>
    row(
      v.relation,
      id,
      or(visible.argument(v.relation.fromArgumentId), visible.position(v.relation.fromPositionId))!,
      or(
        visible.argument(v.relation.toArgumentId),
        visible.position(v.relation.toPositionId),
        visible.event(v.relation.toEventId),
      )!,
    ),
  clash: (id: IdRef) => row(v.clash, id, visible.case(v.clash.caseId)),
  clashSide: (id: IdRef) => row(v.clashSide, id, visible.clash(v.clashSide.clashId)),
  prompt: (id: IdRef) => row(v.prompt, id, visible.case(v.prompt.caseId)),
};

/** An optional reference (a quote's anchor, a variant it repeats) as a column: the id when that row is visible, else null. */
export function visibleRef(id: PgColumn, check: (id: IdRef) => SQL): SQL<string | null> {
  return sql<string | null>`case when ${check(id)} then ${id} end`;
}

/**
 * A JSON object with these keys, for a read that returns a whole tree in one statement. The
 * keys are written in the code (never taken from input), so they go into the SQL as literals.
 */
export function jsonObject(fields: Record<string, SQL | PgColumn>): SQL {
  const pairs = Object.entries(fields).map(([key, value]) => {
    if (!/^[A-Za-z]\w*$/.test(key)) throw new Error(`Not a JSON key for a query: ${key}`);
    return sql`'${sql.raw(key)}', ${value}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** A table under another name in hand-written SQL: its columns as `name.column`, and the `table name` to put after from/join. */
export function aliased<T extends PgTable>(table: T, name: string): [T, SQL] {
  return [alias(table, name) as unknown as T, sql`${table} ${sql.identifier(name)}`];
}

/** The rows a subquery (`from … where …`) finds, as a JSON array of `object` in `order`; [] when there are none. */
export function jsonArray(object: SQL, fromWhere: SQL, order?: SQL): SQL {
  return sql`coalesce((select json_agg(${object}${order ? sql` order by ${order}` : sql``}) ${fromWhere}), '[]'::json)`;
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Escapes %, _ and \ so user text matches literally inside ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The day a row last changed (UTC, YYYY-MM-DD): the "last updated" date of a citation and of a page's metadata. */
export function updatedOn(table: { updatedAt: PgColumn }): SQL<string> {
  return sql<string>`to_char(${table.updatedAt} at time zone 'UTC', 'YYYY-MM-DD')`;
}
