import { and, eq, getTableColumns, getTableName, type InferInsertModel, type SQL } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import type { Link } from "../content-model";

/**
 * Writes by property name, for code that works on any content table (the curation service,
 * the import): each row is checked against the table's columns before it is written, so a
 * name that is not a column fails here, by name, rather than in SQL.
 */
function checkedRow<T extends PgTable>(table: T, row: Record<string, unknown>): InferInsertModel<T> {
  const columns = getTableColumns(table);
  for (const key of Object.keys(row)) {
    if (!(key in columns)) throw new Error(`"${key}" is not a column of ${getTableName(table)}`);
  }
  return row as InferInsertModel<T>;
}

/** Inserts rows in slices, so a large table stays under PostgreSQL's limit of parameters per statement. */
export async function insertRows<T extends PgTable>(db: Db, table: T, rows: Record<string, unknown>[]) {
  const size = Math.max(1, Math.floor(20_000 / Object.keys(getTableColumns(table)).length));
  for (let i = 0; i < rows.length; i += size) {
    const slice = rows.slice(i, i + size).map((r) => checkedRow(table, r) as PgInsertValue<T>);
    await db.insert(table).values(slice);
  }
}

/** Sets columns of the row with this id. */
export async function updateById<T extends PgTable & { id: PgColumn }>(
  db: Db,
  table: T,
  id: string,
  set: Record<string, unknown>,
) {
  await db
    .update(table)
    .set(checkedRow(table, set) as PgUpdateSetSource<T>)
    .where(eq(table.id, id));
}

/** Only the link rows of this owner (and this role, where the link has one). */
function ownedBy(link: Link, ownerId: string): SQL | undefined {
  return and(eq(link.owner, ownerId), ...(link.fixed ? [eq(link.fixed.column, link.fixed.value)] : []));
}

/** The targets of an owner's link, in order. */
export async function readLinkTargets(db: Db, link: Link, ownerId: string): Promise<string[]> {
  const rows = await db
    .select({ target: link.target })
    .from(link.table)
    .where(ownedBy(link, ownerId))
    .orderBy(link.order);
  return rows.map((r) => String(r.target));
}

/** Replaces an owner's link rows with these targets, in this order. */
export async function replaceLinkTargets(db: Db, link: Link, ownerId: string, targets: string[]) {
  await db.delete(link.table).where(ownedBy(link, ownerId));
  if (targets.length === 0) return;
  await insertRows(
    db,
    link.table,
    targets.map((target, i) => ({
      [link.ownerKey]: ownerId,
      [link.targetKey]: target,
      sortOrder: i,
      ...(link.fixed ? { [link.fixed.key]: link.fixed.value } : {}),
    })),
  );
}
