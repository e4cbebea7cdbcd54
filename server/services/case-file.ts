import { z } from "zod";
import {
  CONTENT_KEYS,
  columnKey,
  ENTITY_OF,
  isEntityTable,
  linkUses,
  type ContentTable,
  type EntityTable,
} from "@/db/content-model";
import { ENTITIES } from "@/lib/curation/entities";
import { fieldSchema, partialDate, type Field } from "@/lib/curation/fields";
import { CASE_EXPORT_FORMAT } from "@/lib/export/json";
import { readableIdSchema } from "@/lib/ids";

/**
 * The case file (format war-powers-explorer/1), described once in zod from the content
 * model and the editor's field schemas. The import checks files with these schemas, and the
 * published JSON Schema (docs/schema/case-export.schema.json) is generated from them, so the
 * two cannot disagree.
 */

/**
 * Columns a file carries besides the editor's fields: the id, and what the database derives
 * or only the seed sets. Derived ones (digest, parsed citation, offsets) are recomputed and
 * compared, never trusted.
 */
const EXTRA: Partial<Record<EntityTable, Record<string, z.ZodType>>> = {
  cases: {
    nameVariants: z
      .record(z.string().max(200), z.array(z.string().max(500)).max(100))
      .optional()
      .meta({ description: "Other names of actors in this case's texts, by actor id" }),
  },
  documents: {
    publisherNote: z.string().max(2000).nullable().optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex")
      .meta({ description: "SHA-256 of the text's UTF-8 bytes, in hex; checked against the text" }),
  },
  anchors: {
    start: z
      .number()
      .int()
      .min(0)
      .meta({ description: "Offset of the first code point, counted in Unicode code points" }),
    end: z.number().int().min(1).meta({ description: "Offset after the last code point (end exclusive)" }),
  },
  legalSources: {
    citationParts: z.unknown().meta({ description: "The citation parsed into its parts; recomputed on import" }),
    history: z
      .array(
        z.strictObject({
          date: partialDate,
          action: z.string().trim().min(1).max(2000),
          verification: z.enum(["checked", "background"]).optional(),
        }),
      )
      .max(200)
      .optional()
      .meta({ description: "Legislative history: dated actions" }),
  },
};

/** Case-scoped rows take the file's case; a file never names one of its own. */
const implied = (f: Field) => f.type === "refs" || f.name === "caseId";

const described = (f: Field) => fieldSchema(f).meta({ description: f.help ? `${f.label}. ${f.help}` : f.label });

const rowSchemas = new Map<EntityTable, z.ZodType>();
/** The editor's field schemas for the entity, plus its id and extras; any other property is refused. */
export function rowSchema(table: EntityTable): z.ZodType {
  let schema = rowSchemas.get(table);
  if (!schema) {
    const fields = ENTITIES[ENTITY_OF[table]].fields.filter((f) => !implied(f));
    schema = z
      .strictObject({
        id: readableIdSchema,
        ...Object.fromEntries(fields.map((f) => [f.name, described(f)])),
        ...EXTRA[table],
      })
      .meta({ title: ENTITIES[ENTITY_OF[table]].label });
    rowSchemas.set(table, schema);
  }
  return schema;
}

export type LinkUse = ReturnType<typeof linkUses>[number];

/** A link row: owner, target, order and (where the table has one) the role; nothing else. */
export function linkSchema(uses: LinkUse[]): z.ZodType {
  const { link } = uses[0]!;
  const roles = uses.flatMap((u) => (u.link.fixed ? [u.link.fixed.value] : []));
  return z
    .strictObject({
      [columnKey(link.table, link.owner)]: readableIdSchema,
      [columnKey(link.table, link.target)]: readableIdSchema,
      sortOrder: z.number().int().min(0).max(1_000_000),
      ...(link.fixed ? { [link.fixed.key]: z.enum(roles as [string, ...string[]]) } : {}),
    })
    .meta({ description: uses.map((u) => `${ENTITIES[u.type].label}: ${u.field}`).join("; ") });
}

/** The tables a file holds besides its one case, in insert order. */
export const FILE_TABLES = CONTENT_KEYS.filter((t) => t !== "cases");

const tableRow = (table: ContentTable): z.ZodType =>
  isEntityTable(table) ? rowSchema(table) : linkSchema(linkUses(table));

/** A whole file, with each row described by `row`: the format, the case, and every table's rows. */
function caseFile(row: (table: ContentTable) => z.ZodType) {
  return z.strictObject({
    format: z.literal(CASE_EXPORT_FORMAT, { error: `must be "${CASE_EXPORT_FORMAT}"` }),
    case: row("cases"),
    ...Object.fromEntries(FILE_TABLES.map((t) => [t, z.array(row(t))])),
  });
}

/** The top level alone: rows need only be objects. The import checks it before any row. */
export const caseFileShape = caseFile(() => z.record(z.string(), z.unknown()));

/** The whole file, every row with its entity's field schemas. */
export const caseFileSchema = caseFile(tableRow);

/** The published JSON Schema of a case file, generated from `caseFileSchema`. */
export function caseFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(caseFileSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: "https://war-powers-explorer.example/schema/case-export-1.json",
    title: `War Powers Explorer case export, format ${CASE_EXPORT_FORMAT}`,
    description:
      "Every published row of one case, table by table, in a stable order. Ids are the record's readable ids; dates of the record are partial ISO 8601 strings with a precision; anchor offsets count Unicode code points, end exclusive. Generated from the content model (npm run schema); do not edit by hand.",
    ...rest,
  };
}

/** Where the JSON Schema is published, relative to the project. */
export const CASE_FILE_SCHEMA_PATH = "docs/schema/case-export.schema.json";

/** The JSON Schema as the file holds it. */
export const caseFileJsonSchemaText = () => `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`;
