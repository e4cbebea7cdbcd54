import { InvalidInputError } from "@/lib/errors";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertRows } from "@/db/queries/rows";
import * as s from "@/db/schema";
import { CONTENT_KEYS, CONTENT_TABLES, isEntityTable, REFERENCES, type ContentTable } from "@/db/content-model";
import { IMPORT_MAX_BYTES } from "@/lib/export/json";
import type { SessionUser } from "./auth";
import type { Snapshot } from "./curation/service";
import { caseFileSchema, caseFileShape } from "./case-file";
import { issuesOf } from "./curation/values";
import { checkRows } from "./import-rows";

export { IMPORT_MAX_BYTES };

export interface ImportProblem {
  path: string;
  message: string;
}
export interface ImportReport {
  ok: boolean;
  problems: ImportProblem[];
  /** What would be (dry run) or was created, by table. */
  created: Partial<Record<ContentTable, number>>;
  /** Shared rows (actors, legal sources) already in the database, kept as they are. */
  kept: { actors: string[]; legalSources: string[] };
  caseSlug: string | null;
}

/**
 * The file against the case file's schema: its top level first (format, case, each table an
 * array of objects; no other table), then every row with its entity's field schemas.
 */
function validate(doc: unknown): ImportProblem[] {
  const shape = caseFileShape.safeParse(doc);
  const parsed = shape.success ? caseFileSchema.safeParse(doc) : shape;
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.path.length === 0
      ? issue.keys.map((key) => ({ path: `/${key}`, message: "is not part of a case file" }))
      : issuesOf(issue).map((i) => ({ path: `/${i.path.map(String).join("/")}`, message: i.message })),
  );
}

type Row = Record<string, unknown>;
type Doc = Record<ContentTable | "case" | "format", unknown> & { case: Row };

/**
 * Ids that must be unique (every entity table but the case, which a file holds alone), and
 * the references each table makes to another in the file, read from the foreign keys.
 */
const KEYED = CONTENT_KEYS.filter((t) => isEntityTable(t) && t !== "cases");
const REFS = REFERENCES.filter((r) => r.target !== "cases");

/** A report lists this many problems at most: a file with a million bad rows is refused just as clearly. */
export const MAX_PROBLEMS = 100;

/** Shape (the case file's top level, no unknown tables), duplicate ids and dangling references across the file. */
function check(doc: Doc): ImportProblem[] {
  const problems = validate(doc);
  if (problems.length) return problems;
  const rows = (t: ContentTable) => (doc[t] as Row[]) ?? [];
  const ids = new Map<ContentTable, Set<string>>();
  for (const table of KEYED) {
    const key = "id";
    const seen = new Set<string>();
    rows(table).forEach((r, i) => {
      const id = String(r[key]);
      if (seen.has(id)) problems.push({ path: `/${table}/${i}/${key}`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
    ids.set(table, seen);
  }
  for (const { table, column, target } of REFS) {
    rows(table).forEach((r, i) => {
      const ref = r[column];
      if (ref !== null && ref !== undefined && !ids.get(target)!.has(String(ref))) {
        problems.push({
          path: `/${table}/${i}/${column}`,
          message: `refers to "${String(ref)}", which is not in the file's ${target}`,
        });
      }
    });
  }
  return problems;
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: "/", message: `and ${problems.length - MAX_PROBLEMS} more problems` },
  ];
}

/** Which of these ids the table already holds, asked in slices (the same parameter limit). */
async function idsPresent(db: Db, table: typeof s.actors | typeof s.legalSources, ids: string[]): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await db
      .select({ id: table.id })
      .from(table)
      .where(inArray(table.id, ids.slice(i, i + 10_000)));
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

/**
 * Imports a case exported as war-powers-explorer/1: validates everything (every row with
 * the editor's own field schemas) and reports every problem with its path; on a dry run
 * reports what it would create; otherwise writes it all in one transaction (or nothing),
 * every curated row as a draft with its first revision.
 */
export async function importCase(
  db: Db,
  user: SessionUser,
  input: { text: string; dryRun: boolean },
): Promise<ImportReport> {
  const empty = { created: {}, kept: { actors: [], legalSources: [] }, caseSlug: null };
  if (Buffer.byteLength(input.text, "utf8") > IMPORT_MAX_BYTES) {
    return {
      ok: false,
      problems: [{ path: "/", message: `the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB` }],
      ...empty,
    };
  }
  let doc: Doc;
  try {
    doc = JSON.parse(input.text) as Doc;
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "/", message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }],
      ...empty,
    };
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    return { ok: false, problems: [{ path: "/", message: "must be a JSON object" }], ...empty };
  const problems = check(doc);
  const caseRow = doc.case ?? {};
  const caseId = String(caseRow.id ?? "");
  const caseSlug = String(caseRow.slug ?? "") || null;
  if (problems.length) return { ok: false, problems: capped(problems), ...empty, caseSlug };
  const tables = Object.fromEntries(
    CONTENT_KEYS.map((t) => [t, t === "cases" ? [caseRow] : ((doc[t] as Row[]) ?? [])]),
  ) as Record<ContentTable, Row[]>;
  const checked = await checkRows(db, tables, caseId);
  if (checked.problems.length) return { ok: false, problems: capped(checked.problems), ...empty, caseSlug };

  const [existing] = await db
    .select({ id: s.cases.id })
    .from(s.cases)
    .where(sql`${s.cases.id} = ${caseId} or ${s.cases.slug} = ${caseSlug}`);
  if (existing)
    return {
      ok: false,
      problems: [
        {
          path: "/case/id",
          message: `a case "${caseId}" (or slug "${caseSlug}") already exists; nothing was imported`,
        },
      ],
      ...empty,
      caseSlug,
    };

  // Actors and legal sources are shared by cases: those already here are kept, not replaced.
  const actorIds = ((doc.actors as Row[]) ?? []).map((a) => String(a.id));
  const sourceIds = ((doc.legalSources as Row[]) ?? []).map((l) => String(l.id));
  const keptActors = await idsPresent(db, s.actors, actorIds);
  const keptSources = await idsPresent(db, s.legalSources, sourceIds);
  const keptActorSet = new Set(keptActors);
  const keptSourceSet = new Set(keptSources);

  const prepared = {} as Record<ContentTable, Row[]>;
  for (const table of CONTENT_KEYS) {
    let rows = checked.rows[table];
    if (table === "actors") rows = rows.filter((r) => !keptActorSet.has(String(r.id)));
    if (table === "legalSources") rows = rows.filter((r) => !keptSourceSet.has(String(r.id)));
    if (table === "legalSourceActors") rows = rows.filter((r) => !keptSourceSet.has(String(r.legalSourceId)));
    prepared[table] = rows;
  }
  const kept = new Set([...keptActors.map((id) => `actor/${id}`), ...keptSources.map((id) => `legalSource/${id}`)]);
  const items = checked.items.filter((item) => !kept.has(`${item.type}/${item.id}`));
  const created = Object.fromEntries(
    Object.entries(prepared).map(([t, rows]) => [t, rows.length]),
  ) as ImportReport["created"];
  const report: ImportReport = {
    ok: true,
    problems: [],
    created,
    kept: { actors: keptActors, legalSources: keptSources },
    caseSlug,
  };
  if (input.dryRun) return report;

  try {
    await db.transaction(async (tx) => {
      for (const table of CONTENT_KEYS) {
        if (prepared[table].length) await insertRows(tx, CONTENT_TABLES[table], prepared[table]);
      }
      // Each imported item starts its history here, as one made in the editor would.
      const revisions = items.map((item) => ({
        entityType: item.type,
        entityId: item.id,
        version: 1,
        action: "create" as const,
        before: null,
        after: { values: item.values, status: "draft", deleted: false } satisfies Snapshot,
        note: `Imported with case "${caseSlug}"`,
        userId: user.id,
      }));
      await insertRows(tx, s.revisions, revisions);
      await tx.insert(s.auditLog).values({
        userId: user.id,
        action: "case.import",
        entityType: "case",
        entityId: caseId,
        detail: { created, revisions: revisions.length },
      });
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    throw new InvalidInputError(
      `The database refused the import, and nothing was written: ${cause?.message ?? (error as Error).message}`,
    );
  }
  return report;
}
