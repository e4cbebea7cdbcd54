import type { Db } from "@/db/client";
import { CONTENT_KEYS, columnKey, ENTITY_OF, isEntityTable, linkUses, type ContentTable } from "@/db/content-model";
import { CONTEXT_LENGTH } from "@/lib/anchoring";
import { CodePointText } from "@/lib/code-points";
import { ENTITIES, type EntityType } from "@/lib/curation/entities";
import { fieldSchema, type Values } from "@/lib/curation/fields";
import { InvalidInputError, validationError, type Issue } from "@/lib/errors";
import { SERVER_SPECS } from "./curation/registry";
import { issuesOf } from "./curation/values";
import { linkSchema, rowSchema } from "./case-file";

export interface RowProblem {
  path: string;
  message: string;
}
type Row = Record<string, unknown>;

/** Rows ready to insert, and each curated row's values as a revision records them. */
export interface CheckedRows {
  problems: RowProblem[];
  rows: Record<ContentTable, Row[]>;
  items: { type: EntityType; id: string; values: Values }[];
}

const pathOf = (base: string, issue: Issue) => [base, ...issue.path.map(String)].join("/");

/**
 * Checks every row of the file the way the editor checks a save: the entity's field schemas
 * (lengths, web addresses, dates, choices), unknown properties refused, then the editor's
 * derived rules (a provision names its statute, a citation parses, an anchor's words are at
 * its offsets…). `tables` holds the rows to import, by table; `caseId` is the file's case.
 */
export async function checkRows(db: Db, tables: Record<ContentTable, Row[]>, caseId: string): Promise<CheckedRows> {
  const problems: RowProblem[] = [];
  const rows = {} as Record<ContentTable, Row[]>;
  const add = (base: string, issues: Issue[]) =>
    problems.push(...issues.map((i) => ({ path: pathOf(base, i), message: i.message })));

  // Links first: they make up the "refs" values of the rows they belong to.
  const refs = new Map<string, { ids: string[]; path: string }>(); // `${type}/${field}/${owner}`
  for (const table of CONTENT_KEYS) {
    if (isEntityTable(table)) continue;
    const uses = linkUses(table);
    const schema = linkSchema(uses);
    rows[table] = [];
    const ordered: { row: Row; i: number }[] = [];
    tables[table].forEach((raw, i) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return add(`/${table}/${i}`, parsed.error.issues.flatMap(issuesOf));
      rows[table].push(parsed.data as Row);
      ordered.push({ row: parsed.data as Row, i });
    });
    ordered.sort((a, b) => Number(a.row.sortOrder) - Number(b.row.sortOrder));
    for (const { row, i } of ordered) {
      const use = uses.find((u) => !u.link.fixed || row[u.link.fixed.key] === u.link.fixed.value)!;
      const owner = String(row[columnKey(use.link.table, use.link.owner)]);
      const key = `${use.type}/${use.field}/${owner}`;
      const entry = refs.get(key) ?? { ids: [], path: `/${table}/${i}` };
      entry.ids.push(String(row[columnKey(use.link.table, use.link.target)]));
      refs.set(key, entry);
    }
  }

  const documentText = new Map<string, CodePointText>();
  const items: CheckedRows["items"] = [];
  for (const table of CONTENT_KEYS) {
    if (!isEntityTable(table)) continue;
    const type = ENTITY_OF[table];
    rows[table] = [];
    for (const [i, raw] of tables[table].entries()) {
      const base = `/${table}/${i}`;
      const parsed = rowSchema(table).safeParse(raw);
      if (!parsed.success) {
        add(base, parsed.error.issues.flatMap(issuesOf));
        continue;
      }
      const row = parsed.data as Row;
      const id = String(row.id);
      const values: Values = {};
      for (const f of ENTITIES[type].fields) {
        if (f.name === "caseId") values.caseId = caseId;
        else if (f.type === "refs") {
          const entry = refs.get(`${type}/${f.name}/${id}`);
          const checked = fieldSchema(f).safeParse(entry?.ids ?? []);
          if (!checked.success)
            add(
              entry!.path,
              checked.error.issues.map((x) => ({ path: [], message: `${f.name} of ${id}: ${x.message}` })),
            );
          values[f.name] = entry?.ids ?? [];
        } else values[f.name] = row[f.name] ?? (f.type === "lines" ? [] : null);
      }
      let derived: Record<string, unknown>;
      try {
        derived =
          type === "anchor"
            ? anchorColumns(row, documentText)
            : ((await SERVER_SPECS[type].derive?.(db, values)) ?? {});
      } catch (error) {
        if (!(error instanceof InvalidInputError) || error.issues.length === 0) throw error;
        add(base, error.issues);
        continue;
      }
      if (type === "document") {
        if (derived.sha256 !== row.sha256)
          add(base, [{ path: ["sha256"], message: "does not match the SHA-256 of the text" }]);
        documentText.set(id, new CodePointText(String(values.text)));
      }
      for (const f of ENTITIES[type].fields) if (f.name in derived) values[f.name] = derived[f.name];
      const scalars = Object.fromEntries(
        ENTITIES[type].fields.filter((f) => f.type !== "refs").map((f) => [f.name, values[f.name]]),
      );
      rows[table].push({ ...row, ...scalars, ...derived, id, status: "draft" });
      items.push({ type, id, values });
    }
  }
  return { problems, rows, items };
}

/** An anchor's offsets must hold its exact words in its document; the context is taken from there, as the editor does. */
function anchorColumns(row: Row, documents: Map<string, CodePointText>): Record<string, unknown> {
  const doc = documents.get(String(row.documentId));
  const start = Number(row.start);
  const end = Number(row.end);
  const fail = (message: string): never => {
    throw validationError([{ path: ["start"], message }]);
  };
  if (!doc) return fail("its document is not in the file, or is not valid");
  if (end <= start || end > doc.length)
    return fail(`the offsets ${start}–${end} fall outside the document (${doc.length} code points)`);
  if (doc.slice(start, end) !== row.exact)
    return fail(`the document's words at ${start}–${end} are not the anchor's exact text`);
  return {
    start,
    end,
    prefix: doc.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: doc.slice(end, Math.min(doc.length, end + CONTEXT_LENGTH)),
  };
}
