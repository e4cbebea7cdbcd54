import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { ENTITY_ORDER, type Link } from "@/db/content-model";
import { insertRows, readLinkTargets, replaceLinkTargets, updateById } from "@/db/queries/rows";
import { ConflictError, fieldError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { auditLog, revisions, users } from "@/db/schema";
import { ENTITIES, idFromTitle, type EntityType } from "@/lib/curation/entities";
import type { Values } from "@/lib/curation/fields";
import type { SessionUser } from "../auth";
import { logChange } from "./change-log";
import { SERVER_SPECS, targetTable } from "./registry";

export type Status = "draft" | "in_review" | "published";

export interface EntityState {
  id: string;
  values: Values;
  status: Status;
  version: number;
  updatedAt: Date;
  deletedAt: Date | null;
}

/** What a revision records: the editable content and its workflow state. */
export interface Snapshot {
  values: Values;
  status: Status;
  deleted: boolean;
}

const scalarFields = (type: EntityType) => ENTITIES[type].fields.filter((f) => f.type !== "refs");
const linkFields = (type: EntityType) => ENTITIES[type].fields.filter((f) => f.type === "refs");

/** The column of a field in its entity's table (the content model checks every field has one). */
function columnOf(type: EntityType, field: string): PgColumn {
  const column = SERVER_SPECS[type].columns[field];
  if (!column) throw new Error(`${type}.${field} has no column`);
  return column;
}

/** The link table behind a "refs" field. */
function linkOf(type: EntityType, field: string): Link {
  const link = SERVER_SPECS[type].links[field];
  if (!link) throw new Error(`${type}.${field} has no link table`);
  return link;
}

const STATUSES: readonly Status[] = ["draft", "in_review", "published"];
function statusOf(value: unknown): Status {
  const status = STATUSES.find((s) => s === value);
  if (!status) throw new Error(`unknown status ${String(value)}`);
  return status;
}

const dateOf = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

/** The current state of one row (deleted ones too), or null. */
export async function readEntity(db: Db, type: EntityType, id: string, lock = false): Promise<EntityState | null> {
  const { table } = SERVER_SPECS[type];
  const selection: Record<string, PgColumn> = {
    id: table.id,
    status: table.status,
    version: table.version,
    updatedAt: table.updatedAt,
    deletedAt: table.deletedAt,
  };
  for (const f of scalarFields(type)) selection[`v_${f.name}`] = columnOf(type, f.name);
  const query = db.select(selection).from(table).where(eq(table.id, id));
  const [row] = await (lock ? query.for("update") : query);
  if (!row) return null;
  const values: Values = {};
  for (const f of scalarFields(type)) values[f.name] = row[`v_${f.name}`] ?? (f.type === "lines" ? [] : null);
  for (const f of linkFields(type)) values[f.name] = await readLinkTargets(db, linkOf(type, f.name), id);
  return {
    id: String(row.id),
    values,
    status: statusOf(row.status),
    version: Number(row.version),
    updatedAt: dateOf(row.updatedAt),
    deletedAt: row.deletedAt ? dateOf(row.deletedAt) : null,
  };
}

const snapshotOf = (e: EntityState): Snapshot => ({
  values: e.values,
  status: e.status,
  deleted: e.deletedAt !== null,
});

/** Every "ref"/"refs" value must name an existing, undeleted row of its type. */
async function checkReferences(db: Db, type: EntityType, values: Values) {
  for (const f of ENTITIES[type].fields) {
    if (f.type !== "ref" && f.type !== "refs") continue;
    const ids = (f.type === "ref" ? [values[f.name]] : (values[f.name] as string[])).filter(
      (v): v is string => typeof v === "string" && v !== "",
    );
    if (ids.length === 0) continue;
    const table = targetTable(f.target);
    const found = (await db
      .select({ id: table.id })
      .from(table)
      .where(and(inArray(table.id, ids), isNull(table.deletedAt)))) as { id: string }[];
    const known = new Set(found.map((r) => r.id));
    const missing = ids.find((id) => !known.has(id));
    if (missing) fieldError(f.name, `no ${ENTITIES[f.target].label.toLowerCase()} "${missing}"`);
  }
}

async function writeRow(
  db: Db,
  type: EntityType,
  id: string,
  values: Values,
  extra: Record<string, unknown>,
  insert: boolean,
) {
  const spec = SERVER_SPECS[type];
  const row: Record<string, unknown> = { ...extra };
  for (const f of scalarFields(type)) row[f.name] = values[f.name] ?? (f.type === "lines" ? [] : null);
  Object.assign(row, spec.derive ? await spec.derive(db, values) : {});
  if (insert) await insertRows(db, spec.table, [{ id, ...row }]);
  else await updateById(db, spec.table, id, row);
  for (const f of linkFields(type)) {
    const targets = values[f.name];
    await replaceLinkTargets(db, linkOf(type, f.name), id, Array.isArray(targets) ? targets.map(String) : []);
  }
}

async function record(
  db: Db,
  user: SessionUser,
  type: EntityType,
  id: string,
  action: "create" | "update" | "delete" | "restore" | "status" | "revert",
  before: Snapshot | null,
  after: Snapshot,
  version: number,
  note: string | null,
) {
  await db
    .insert(revisions)
    .values({ entityType: type, entityId: id, version, action, before, after, note, userId: user.id });
  await db.insert(auditLog).values({
    userId: user.id,
    action: `${type}.${action}`,
    entityType: type,
    entityId: id,
    detail: { version, note },
  });
  logChange({ type, id, before, after });
}

/** Maps foreign-key and uniqueness failures the database reports into messages a form can show. */
function explainDatabaseError(error: unknown): never {
  const cause =
    (error as { cause?: { code?: string; constraint_name?: string; constraint?: string; detail?: string } }).cause ??
    (error as { code?: string });
  const code = (cause as { code?: string }).code;
  if (code === "23505") throw new ConflictError("Something with the same key already exists.", null, { cause: error });
  if (code === "23514" || code === "23503") {
    const name =
      (cause as { constraint_name?: string; constraint?: string }).constraint_name ??
      (cause as { constraint?: string }).constraint ??
      "";
    throw new InvalidInputError(`The database refused the change (${name || "a rule on this table"}).`, [], {
      cause: error,
    });
  }
  throw error;
}

async function uniqueId(db: Db, type: EntityType, base: string): Promise<string> {
  const table = SERVER_SPECS[type].table;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = (await db.select({ id: table.id }).from(table).where(eq(table.id, candidate))) as { id: string }[];
    if (!taken) return candidate;
  }
  throw new ConflictError("Could not find a free id; give one explicitly.");
}

export async function createEntity(
  db: Db,
  user: SessionUser,
  type: EntityType,
  values: Values,
  opts: { id?: string; note?: string | null } = {},
) {
  const spec = ENTITIES[type];
  return db
    .transaction(async (tx) => {
      await checkReferences(tx, type, values);
      const id =
        opts.id ??
        (type === "case"
          ? String(values.slug)
          : spec.idPrefix !== null
            ? await uniqueId(tx, type, idFromTitle(spec.idPrefix, String(values[spec.titleField] ?? "")))
            : await SERVER_SPECS[type].newId!(tx, values));
      const [exists] = (await tx
        .select({ id: SERVER_SPECS[type].table.id })
        .from(SERVER_SPECS[type].table)
        .where(eq(SERVER_SPECS[type].table.id, id))) as unknown[];
      if (exists) fieldError("id", `"${id}" is already taken`);
      await writeRow(tx, type, id, values, { status: "draft", version: 1 }, true);
      const created = (await readEntity(tx, type, id))!;
      await record(tx, user, type, id, "create", null, snapshotOf(created), 1, opts.note ?? null);
      return created;
    })
    .catch(explainDatabaseError);
}

/** Locks the row, checks it exists and was not changed since `baseVersion`. */
async function lockAt(db: Db, type: EntityType, id: string, baseVersion: number): Promise<EntityState> {
  const current = await readEntity(db, type, id, true);
  if (!current) throw new NotFoundError(`No ${ENTITIES[type].label.toLowerCase()} "${id}".`);
  if (current.version !== baseVersion) throw new ConflictError("Someone else saved a newer version.", current);
  return current;
}

function assertMayEdit(user: SessionUser, current: EntityState) {
  if (user.role !== "admin" && current.status === "published") {
    throw new ForbiddenError("Published content is changed by an admin: ask an admin to send it back to draft.");
  }
}

export async function updateEntity(
  db: Db,
  user: SessionUser,
  type: EntityType,
  id: string,
  baseVersion: number,
  values: Values,
  note: string | null = null,
  action: "update" | "revert" = "update",
) {
  return db
    .transaction(async (tx) => {
      const before = await lockAt(tx, type, id, baseVersion);
      assertMayEdit(user, before);
      if (before.deletedAt) throw new InvalidInputError("Restore this item before editing it.");
      await checkReferences(tx, type, values);
      await writeRow(tx, type, id, values, { version: baseVersion + 1, updatedAt: new Date() }, false);
      const after = (await readEntity(tx, type, id))!;
      // A save that changes nothing (after the derived columns are recomputed) is rolled back:
      // no new version, no revision, nothing for readers to reload.
      if (sameValues(type, before.values, after.values)) throw new Unchanged(before);
      await record(tx, user, type, id, action, snapshotOf(before), snapshotOf(after), after.version, note);
      return after;
    })
    .catch((error: unknown) => {
      if (error instanceof Unchanged) return error.state;
      return explainDatabaseError(error);
    });
}

/** Thrown inside a save's transaction to roll back a save that changed nothing. */
class Unchanged {
  constructor(readonly state: EntityState) {}
}

function sameValues(type: EntityType, a: Values, b: Values): boolean {
  return ENTITIES[type].fields.every((f) => JSON.stringify(a[f.name] ?? null) === JSON.stringify(b[f.name] ?? null));
}

/** Soft delete (editors, for content not yet published) and restore (admins). Nothing is ever removed. */
export async function setDeleted(
  db: Db,
  user: SessionUser,
  type: EntityType,
  id: string,
  baseVersion: number,
  deleted: boolean,
) {
  if (!deleted && user.role !== "admin") throw new ForbiddenError("Only an admin may restore.");
  return db.transaction(async (tx) => {
    const before = await lockAt(tx, type, id, baseVersion);
    assertMayEdit(user, before);
    if ((before.deletedAt !== null) === deleted) return before;
    const table = SERVER_SPECS[type].table;
    await updateById(tx, table, id, {
      deletedAt: deleted ? new Date() : null,
      version: baseVersion + 1,
      updatedAt: new Date(),
    });
    const after = (await readEntity(tx, type, id))!;
    await record(
      tx,
      user,
      type,
      id,
      deleted ? "delete" : "restore",
      snapshotOf(before),
      snapshotOf(after),
      after.version,
      null,
    );
    return after;
  });
}

/** Workflow: editors submit drafts for review (or withdraw them); admins publish, unpublish and send back. */
export function allowedTransitions(role: SessionUser["role"], from: Status): Status[] {
  const editor: Record<Status, Status[]> = { draft: ["in_review"], in_review: ["draft"], published: [] };
  const admin: Record<Status, Status[]> = {
    draft: ["in_review", "published"],
    in_review: ["draft", "published"],
    published: ["draft"],
  };
  return (role === "admin" ? admin : editor)[from];
}

export async function transition(
  db: Db,
  user: SessionUser,
  type: EntityType,
  id: string,
  baseVersion: number,
  to: Status,
  note: string | null = null,
) {
  return db.transaction(async (tx) => {
    const before = await lockAt(tx, type, id, baseVersion);
    if (before.deletedAt) throw new InvalidInputError("Restore this item first.");
    if (!allowedTransitions(user.role, before.status).includes(to)) {
      throw new ForbiddenError(
        `You cannot move this from ${before.status.replace("_", " ")} to ${to.replace("_", " ")}.`,
      );
    }
    const table = SERVER_SPECS[type].table;
    await updateById(tx, table, id, { status: to, version: baseVersion + 1, updatedAt: new Date() });
    const after = (await readEntity(tx, type, id))!;
    await record(tx, user, type, id, "status", snapshotOf(before), snapshotOf(after), after.version, note);
    return after;
  });
}

export async function history(db: Db, type: EntityType, id: string) {
  return db
    .select({
      id: revisions.id,
      version: revisions.version,
      action: revisions.action,
      before: revisions.before,
      after: revisions.after,
      note: revisions.note,
      createdAt: revisions.createdAt,
      userName: users.name,
      userEmail: users.email,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.userId))
    .where(and(eq(revisions.entityType, type), eq(revisions.entityId, id)))
    .orderBy(desc(revisions.id)) as Promise<
    {
      id: number;
      version: number;
      action: string;
      before: Snapshot | null;
      after: Snapshot | null;
      note: string | null;
      createdAt: Date;
      userName: string | null;
      userEmail: string | null;
    }[]
  >;
}

/** Writes back the content a revision recorded (its "after"), as a new revision: history only grows. */
export async function revertTo(
  db: Db,
  user: SessionUser,
  type: EntityType,
  id: string,
  revisionId: number,
  baseVersion: number,
) {
  const [rev] = await db
    .select({ after: revisions.after, version: revisions.version })
    .from(revisions)
    .where(and(eq(revisions.id, revisionId), eq(revisions.entityType, type), eq(revisions.entityId, id)));
  if (!rev?.after) throw new NotFoundError("No such revision of this item.");
  return updateEntity(
    db,
    user,
    type,
    id,
    baseVersion,
    (rev.after as Snapshot).values,
    `Reverted to version ${rev.version}`,
    "revert",
  );
}

export interface ListFilter {
  text?: string;
  status?: Status;
  deleted?: boolean;
  limit: number;
  offset: number;
}

/** Rows of a type for the admin lists, newest change first. */
export async function listEntities(db: Db, type: EntityType, filter: ListFilter) {
  const spec = SERVER_SPECS[type];
  const title = SERVER_SPECS[type].titleColumn;
  const conditions: SQL[] = [filter.deleted ? isNotNull(spec.table.deletedAt) : isNull(spec.table.deletedAt)];
  if (filter.status) conditions.push(eq(spec.table.status, filter.status));
  if (filter.text?.trim()) {
    const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(spec.table.id, pattern), ilike(sql`${title}::text`, pattern))!);
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: spec.table.id,
        title: sql<string | null>`${title}::text`,
        status: spec.table.status,
        version: spec.table.version,
        updatedAt: spec.table.updatedAt,
      })
      .from(spec.table)
      .where(where)
      .orderBy(desc(spec.table.updatedAt), asc(spec.table.id))
      .limit(filter.limit)
      .offset(filter.offset) as Promise<
      { id: string; title: string | null; status: Status; version: number; updatedAt: Date }[]
    >,
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(spec.table)
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** For the dashboard: how many of each type sit in each status, and what waits for review. */
export async function overview(db: Db) {
  const types = ENTITY_ORDER;
  const perType = await Promise.all(
    types.map(async (type) => {
      const { table } = SERVER_SPECS[type];
      const title = SERVER_SPECS[type].titleColumn;
      const [counts, waiting] = await Promise.all([
        db
          .select({ status: table.status, n: sql<number>`count(*)`.mapWith(Number) })
          .from(table)
          .where(isNull(table.deletedAt))
          .groupBy(table.status) as Promise<{ status: Status; n: number }[]>,
        db
          .select({
            id: table.id,
            title: sql<string | null>`${title}::text`,
            version: table.version,
            updatedAt: table.updatedAt,
          })
          .from(table)
          .where(and(isNull(table.deletedAt), eq(table.status, "in_review")))
          .orderBy(asc(table.updatedAt))
          .limit(50) as Promise<{ id: string; title: string | null; version: number; updatedAt: Date }[]>,
      ]);
      const by = Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<Status, number>>;
      return {
        type,
        draft: by.draft ?? 0,
        inReview: by.in_review ?? 0,
        published: by.published ?? 0,
        waiting: waiting.map((w) => ({ ...w, type })),
      };
    }),
  );
  return {
    counts: perType.map(({ waiting: _, ...c }) => c),
    inReview: perType.flatMap((p) => p.waiting).sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()),
  };
}
