import { ENTITIES, type EntityType } from "@/lib/curation/entities";
import { schemaFor, type Values } from "@/lib/curation/fields";
import { validationError, type Issue } from "@/lib/errors";

/**
 * The one check every write of curated values goes through (the editor's forms, the JSON
 * and AIF imports): the entity's own field schemas, unknown names refused.
 */
export function checkValues(
  type: EntityType,
  values: unknown,
): { values: Values; issues: null } | { values: null; issues: Issue[] } {
  const parsed = schemaFor(ENTITIES[type].fields).safeParse(values);
  if (parsed.success) return { values: parsed.data, issues: null };
  return { values: null, issues: parsed.error.issues.flatMap(issuesOf) };
}

/** Like checkValues, but throws a BAD_REQUEST whose issues name each field. */
export function parseValues(type: EntityType, values: unknown): Values {
  const checked = checkValues(type, values);
  if (checked.issues) throw validationError(checked.issues);
  return checked.values;
}

/** Zod reports unknown names together; each gets its own issue, at its own path. */
export function issuesOf(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] }): Issue[] {
  if (issue.code !== "unrecognized_keys" || !issue.keys) return [{ path: issue.path, message: issue.message }];
  return issue.keys.map((key) => ({ path: [...issue.path, key], message: "is not a field of this item" }));
}
