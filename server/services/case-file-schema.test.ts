import { readFileSync } from "node:fs";
import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CONTENT_KEYS, CONTENT_TABLES, columnKey, ENTITY_OF, isEntityTable, linkUses } from "@/db/content-model";
import { ENTITIES } from "@/lib/curation/entities";
import type { Field } from "@/lib/curation/fields";
import { CASE_FILE_SCHEMA_PATH, caseFileJsonSchema, caseFileJsonSchemaText } from "./case-file";

interface RowSchema {
  required?: string[];
  properties?: Record<string, unknown>;
  additionalProperties?: boolean;
}
const schema = caseFileJsonSchema() as {
  required: string[];
  additionalProperties: boolean;
  properties: Record<string, RowSchema & { items?: RowSchema }>;
};
const rowsOf = (key: (typeof CONTENT_KEYS)[number]): RowSchema =>
  key === "cases" ? schema.properties.case! : schema.properties[key]!.items!;

describe("the case file's JSON Schema", () => {
  it("is the one generated from the content model (run `npm run schema` after changing it)", () => {
    expect(readFileSync(CASE_FILE_SCHEMA_PATH, "utf8")).toBe(caseFileJsonSchemaText());
  });

  it("requires every content table, and allows nothing else", () => {
    expect([...schema.required].sort()).toEqual(
      ["format", "case", ...CONTENT_KEYS.filter((k) => k !== "cases")].sort(),
    );
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it("describes each entity's rows by its id and editable fields, every one a column of its table", () => {
    for (const key of CONTENT_KEYS) {
      if (!isEntityTable(key)) continue;
      const columns = Object.keys(getTableColumns(CONTENT_TABLES[key]));
      const rows = rowsOf(key);
      const names = Object.keys(rows.properties ?? {});
      expect(rows.additionalProperties, key).toBe(false);
      for (const name of names) expect(columns, `${key}.${name}`).toContain(name);
      for (const name of rows.required ?? []) expect(names, `${key} requires ${name}`).toContain(name);
      const fields = (ENTITIES[ENTITY_OF[key]].fields as readonly Field[]).filter(
        (f) => f.type !== "refs" && f.name !== "caseId",
      );
      expect(names, key).toEqual(expect.arrayContaining(["id", ...fields.map((f) => f.name)]));
      for (const f of fields.filter((f) => f.required && f.type !== "checkbox"))
        expect(rows.required, `${key}.${f.name} is required`).toContain(f.name);
    }
  });

  it("describes each link table's rows by its two ends, its order and its role", () => {
    for (const key of CONTENT_KEYS) {
      if (isEntityTable(key)) continue;
      const { link } = linkUses(key)[0]!;
      const expected = [columnKey(link.table, link.owner), columnKey(link.table, link.target), "sortOrder"];
      if (link.fixed) expected.push(link.fixed.key);
      const rows = rowsOf(key);
      expect(Object.keys(rows.properties ?? {}).sort(), key).toEqual(expected.sort());
      expect([...(rows.required ?? [])].sort(), key).toEqual(expected.sort());
    }
  });
});
