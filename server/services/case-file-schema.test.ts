import { readFileSync } from "node:fs";
import path from "node:path";
import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CONTENT_KEYS, CONTENT_TABLES, ENTITY_OF, isEntityTable } from "@/db/content-model";

interface RowSchema {
  required?: string[];
  properties?: Record<string, unknown>;
}
interface RowsSchema extends RowSchema {
  $ref?: string;
  items?: RowSchema;
}
const schema = JSON.parse(
  readFileSync(path.join(process.cwd(), "docs", "schema", "case-export.schema.json"), "utf8"),
) as { required: string[]; properties: Record<string, RowsSchema> };

describe("the case file's JSON Schema and the content model", () => {
  it("lists every content table, and nothing else", () => {
    expect([...schema.required].sort()).toEqual(
      ["format", "case", ...CONTENT_KEYS.filter((k) => k !== "cases")].sort(),
    );
    expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
  });

  it("describes entity rows by their table's columns, and link tables as links", () => {
    for (const key of CONTENT_KEYS) {
      const columns = Object.keys(getTableColumns(CONTENT_TABLES[key]));
      const rows: RowsSchema = key === "cases" ? { items: schema.properties.case } : schema.properties[key]!;
      if (!isEntityTable(key)) {
        expect(rows.$ref, key).toBe("#/$defs/link");
        continue;
      }
      const described = [...(rows.items?.required ?? []), ...Object.keys(rows.items?.properties ?? {})];
      expect(described.length, `${key} (${ENTITY_OF[key]}) describes its rows`).toBeGreaterThan(0);
      for (const name of described) expect(columns, `${key}.${name}`).toContain(name);
    }
  });
});
