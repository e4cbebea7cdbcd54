import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Set only while an editor previews: drafts and items in review count as visible too. */
const previewing = new AsyncLocalStorage<true>();

/** Runs the public read queries as an editor's preview, with unpublished content in place. */
export function withDrafts<T>(read: () => Promise<T>): Promise<T> {
  return previewing.run(true, read);
}

/** What the public may see of a curated row: published and not deleted (in a preview: not deleted). */
export function isPublic(table: { status: PgColumn; deletedAt: PgColumn }): SQL {
  if (previewing.getStore()) return isNull(table.deletedAt);
  return and(eq(table.status, "published"), isNull(table.deletedAt))!;
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
