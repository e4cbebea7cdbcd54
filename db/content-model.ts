import { getTableColumns, type InferInsertModel } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { ENTITIES, type EntityType } from "@/lib/curation/entities";
import * as s from "./schema";

/**
 * The content model, described once. Every table of a case's content, in an order that
 * satisfies every foreign key, each either an entity type's own table (curated: it has a
 * form, a history and a workflow) or a link table behind one of the entity's "refs" fields.
 * References are not restated here: they are read from the tables' foreign keys.
 *
 * From this follow the seed's row types and insert order, the import's checks (ids,
 * references, link rows), the export's tables, the case file's JSON Schema, the curation
 * service's tables and links, and the admin's navigation.
 */

/** The columns every curated table has (db/schema/_columns.ts). */
type CuratedTable = PgTable & {
  id: PgColumn;
  status: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
};

type FieldOf<T extends EntityType> = (typeof ENTITIES)[T]["fields"][number];
/** The names of an entity's fields held in its own table's columns. */
type ScalarName<T extends EntityType> = Exclude<FieldOf<T>, { type: "refs" }>["name"];
/** The names of an entity's fields held in link tables. */
type RefsName<T extends EntityType> = Extract<FieldOf<T>, { type: "refs" }>["name"];
type ColumnName<TTable extends PgTable> = keyof TTable["_"]["columns"] & string;

/** Which link table holds a "refs" field, and the role it has there where the table has one. */
interface LinkDeclaration {
  table: PgTable;
  role?: string;
}

interface EntityDeclaration<T extends EntityType = EntityType, TTable extends CuratedTable = CuratedTable> {
  type: T;
  table: TTable;
  links: Record<string, LinkDeclaration>;
  /** Rows shared by every case (actors, legal sources): an import keeps those already here. */
  shared: boolean;
}

/**
 * Binds an entity type to its table. It does not compile unless every field is a column of
 * the table, and every "refs" field names its link table.
 */
function entity<T extends EntityType, TTable extends CuratedTable>(
  type: T,
  table: TTable,
  links: { [K in RefsName<T>]: LinkDeclaration },
  ..._fieldsAreColumns: Exclude<ScalarName<T>, ColumnName<TTable>> extends never
    ? [options?: { shared?: boolean }]
    : [error: `not a column of the table: ${Exclude<ScalarName<T>, ColumnName<TTable>>}`]
): EntityDeclaration<T, TTable> {
  const options = _fieldsAreColumns[0];
  return { type, table, links, shared: typeof options === "object" && options?.shared === true };
}

const via = (table: PgTable, role?: string): LinkDeclaration => ({ table, role });

/** Every table of a case's content, in insert order: an entity's table, or a link table (null). */
const MODEL = {
  cases: entity("case", s.cases, {}),
  documents: entity("document", s.documents, {}),
  anchors: entity("anchor", s.anchors, {}),
  actors: entity("actor", s.actors, {}, { shared: true }),
  legalSources: entity(
    "legalSource",
    s.legalSources,
    {
      sponsors: via(s.legalSourceActors, "sponsor"),
      authors: via(s.legalSourceActors, "author"),
      addressees: via(s.legalSourceActors, "addressee"),
    },
    { shared: true },
  ),
  legalSourceActors: s.legalSourceActors,
  keyPassages: entity("keyPassage", s.keyPassages, {}, { shared: true }),
  positions: entity("position", s.positions, {
    holders: via(s.positionActors, "holder"),
    discussants: via(s.positionActors, "discussant"),
  }),
  positionActors: s.positionActors,
  arguments: entity("argument", s.debateArguments, {
    attributedTo: via(s.argumentAttributions),
    events: via(s.argumentEvents),
    quotes: via(s.argumentQuotes),
    anchors: via(s.argumentAnchors),
  }),
  argumentAttributions: s.argumentAttributions,
  events: entity("event", s.events, {
    actors: via(s.eventActors),
    legalSources: via(s.eventLegalSources),
    anchors: via(s.eventAnchors),
  }),
  eventActors: s.eventActors,
  eventLegalSources: s.eventLegalSources,
  eventAnchors: s.eventAnchors,
  quotes: entity("quote", s.quotes, { events: via(s.quoteEvents) }),
  quoteEvents: s.quoteEvents,
  citations: entity("citation", s.citations, {}),
  argumentEvents: s.argumentEvents,
  argumentQuotes: s.argumentQuotes,
  argumentAnchors: s.argumentAnchors,
  argumentRelations: entity("relation", s.argumentRelations, {}),
  clashes: entity("clash", s.clashes, {}),
  clashSides: entity("clashSide", s.clashSides, {
    positions: via(s.clashSidePositions),
    arguments: via(s.clashSideArguments),
  }),
  clashSideArguments: s.clashSideArguments,
  clashSidePositions: s.clashSidePositions,
  prompts: entity("prompt", s.prompts, { clashes: via(s.promptClashes) }),
  promptClashes: s.promptClashes,
} as const;

type Model = typeof MODEL;
export type ContentTable = keyof Model;
type TableOf<K extends ContentTable> =
  Model[K] extends EntityDeclaration<EntityType, infer TTable> ? TTable : Model[K] extends PgTable ? Model[K] : never;

/** Each entity type's table key: "legalSource" → "legalSources". */
type EntityTableKey = { [K in ContentTable]: Model[K] extends EntityDeclaration ? K : never }[ContentTable];

const isEntity = (entry: EntityDeclaration | PgTable): entry is EntityDeclaration => "type" in entry;

/** The content tables in insert order, by key. */
export const CONTENT_TABLES = Object.fromEntries(
  Object.entries(MODEL).map(([key, entry]) => [key, isEntity(entry) ? entry.table : entry]),
) as { [K in ContentTable]: TableOf<K> };

export const CONTENT_KEYS = Object.keys(MODEL) as ContentTable[];

/** Every row of a case's content, by table: what the seed writes and an import inserts. */
export type ContentRows = { [K in ContentTable]: InferInsertModel<TableOf<K>>[] };

/** No rows in any table: the start of a set of rows that names only the tables it fills. */
export function noContentRows(): ContentRows {
  return Object.fromEntries(Object.keys(MODEL).map((key) => [key, []])) as unknown as ContentRows;
}

/** The entity type each curated table holds; the other content tables are link tables. */
export const ENTITY_OF = Object.fromEntries(
  Object.entries(MODEL).flatMap(([key, entry]) => (isEntity(entry) ? [[key, entry.type]] : [])),
) as Record<EntityTableKey, EntityType>;
export type EntityTable = EntityTableKey;
export const isEntityTable = (key: ContentTable): key is EntityTable => key in ENTITY_OF;

/** The table key of each entity type. */
export const TABLE_KEY_OF = Object.fromEntries(Object.entries(ENTITY_OF).map(([key, type]) => [type, key])) as Record<
  EntityType,
  EntityTable
>;

/** The entity types in the model's order (parents before what points at them). */
export const ENTITY_ORDER = CONTENT_KEYS.filter(isEntityTable).map((key) => ENTITY_OF[key]);

/**
 * Columns a case file never carries: the record's bookkeeping (status, version, times),
 * what the database derives (search vectors, lengths) and the case, which the file implies.
 */
export const NOT_IN_FILE = [
  "status",
  "version",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "searchVector",
  "lengthCodePoints",
  "caseId",
] as const;
type NotInFile = (typeof NOT_IN_FILE)[number];

/** A content table's columns as a case file carries them (the export selects exactly these). */
export function fileColumns<T extends PgTable>(table: T): Omit<T["_"]["columns"], NotInFile> {
  const skip = new Set<string>(NOT_IN_FILE);
  return Object.fromEntries(Object.entries(getTableColumns(table)).filter(([key]) => !skip.has(key))) as Omit<
    T["_"]["columns"],
    NotInFile
  >;
}

const keyOfTable = new Map<PgTable, ContentTable>(CONTENT_KEYS.map((key) => [CONTENT_TABLES[key], key]));

/** The property name of a column in its table (a foreign key knows the column, not the name). */
export function columnKey(table: PgTable, column: PgColumn): string {
  const found = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!found) throw new Error(`column ${column.name} is not in its table`);
  return found[0];
}

/** A foreign key between two content tables, as property names. */
export interface Reference {
  table: ContentTable;
  column: string;
  target: ContentTable;
}

/** Every reference one content table makes to another, read from the Drizzle foreign keys. */
export const REFERENCES: Reference[] = CONTENT_KEYS.flatMap((key) => {
  const table = CONTENT_TABLES[key];
  return getTableConfig(table).foreignKeys.flatMap((fk) => {
    const { columns, foreignTable } = fk.reference();
    const target = keyOfTable.get(foreignTable);
    if (!target || columns.length !== 1) return [];
    return [{ table: key, column: columnKey(table, columns[0]!), target }];
  });
});

/** Tables whose rows belong to one case through a caseId column. */
export const CASE_SCOPED = new Set(REFERENCES.filter((r) => r.target === "cases").map((r) => r.table));

/** A link table behind a "refs" field: owner row → ordered targets, with a fixed role where the table has one. */
export interface Link {
  table: PgTable;
  owner: PgColumn;
  target: PgColumn;
  /** The property names of the owner and target columns. */
  ownerKey: string;
  targetKey: string;
  order: PgColumn;
  fixed?: { column: PgColumn; key: string; value: string };
}

function resolveLink(owner: EntityDeclaration, field: string, declared: LinkDeclaration): Link {
  const spec = ENTITIES[owner.type].fields.find((f) => f.name === field);
  if (!spec || spec.type !== "refs") throw new Error(`${owner.type}.${field} is not a "refs" field`);
  const targetTable = CONTENT_TABLES[TABLE_KEY_OF[spec.target]];
  const fks = getTableConfig(declared.table).foreignKeys.map((fk) => fk.reference());
  const pointingAt = (table: PgTable) => {
    const found = fks.filter((r) => r.foreignTable === table);
    if (found.length !== 1) throw new Error(`${owner.type}.${field}: the link table needs one foreign key to each end`);
    return found[0]!.columns[0]!;
  };
  const columns = getTableColumns(declared.table);
  const order = columns.sortOrder;
  if (!order) throw new Error(`${owner.type}.${field}: a link table keeps its order in sortOrder`);
  const role = columns.role;
  if ((declared.role === undefined) !== (role === undefined))
    throw new Error(`${owner.type}.${field}: give a role exactly when the link table has one`);
  const ownerColumn = pointingAt(owner.table);
  const targetColumn = pointingAt(targetTable);
  return {
    table: declared.table,
    owner: ownerColumn,
    target: targetColumn,
    ownerKey: columnKey(declared.table, ownerColumn),
    targetKey: columnKey(declared.table, targetColumn),
    order,
    fixed: declared.role && role ? { column: role, key: "role", value: declared.role } : undefined,
  };
}

/** What the curation service needs of an entity type: its table and the links of its "refs" fields. */
export interface EntityModel {
  type: EntityType;
  tableKey: EntityTable;
  table: CuratedTable;
  /** The column of each field held in the entity's own table, by field name. */
  columns: Record<string, PgColumn>;
  /** The column whose text names a row in lists. */
  titleColumn: PgColumn;
  links: Record<string, Link>;
  shared: boolean;
}

function fieldColumns(entry: EntityDeclaration): Record<string, PgColumn> {
  const columns = getTableColumns(entry.table);
  return Object.fromEntries(
    ENTITIES[entry.type].fields
      .filter((f) => f.type !== "refs")
      .map((f) => {
        const column = columns[f.name];
        // The compiler checks this (entity()); the check here covers a table edited without it.
        if (!column) throw new Error(`${entry.type}.${f.name} is not a column of its table`);
        return [f.name, column];
      }),
  );
}

export const ENTITY_MODELS = Object.fromEntries(
  CONTENT_KEYS.flatMap((key) => {
    const entry: EntityDeclaration | PgTable = MODEL[key];
    if (!isEntity(entry) || !isEntityTable(key)) return [];
    const links = Object.fromEntries(
      Object.entries(entry.links).map(([field, declared]) => [field, resolveLink(entry, field, declared)]),
    );
    const columns = fieldColumns(entry);
    const titleColumn = columns[ENTITIES[entry.type].titleField];
    if (!titleColumn) throw new Error(`${entry.type}: its title field is not a column`);
    const model: EntityModel = {
      type: entry.type,
      tableKey: key,
      table: entry.table,
      columns,
      titleColumn,
      links,
      shared: entry.shared,
    };
    return [[entry.type, model]];
  }),
) as Record<EntityType, EntityModel>;

/** The link tables, each with the entity fields it holds. */
export function linkUses(key: ContentTable): { type: EntityType; field: string; link: Link }[] {
  const table = CONTENT_TABLES[key];
  return ENTITY_ORDER.flatMap((type) =>
    Object.entries(ENTITY_MODELS[type].links)
      .filter(([, link]) => link.table === table)
      .map(([field, link]) => ({ type, field, link })),
  );
}
