import type { Field, Values } from "./fields";

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join("\n") : "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/** The fields whose values differ between two snapshots, in form order, readable. */
export function diffValues(fields: readonly Field[], before: Values | null, after: Values | null): FieldChange[] {
  // Compared as shown, so an empty list and no value count as the same.
  return fields
    .map((f) => ({ field: f.name, label: f.label, before: display(before?.[f.name]), after: display(after?.[f.name]) }))
    .filter((c) => c.before !== c.after);
}
