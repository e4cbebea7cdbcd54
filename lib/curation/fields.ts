import { z } from "zod";
import type { EntityType } from "./entities";
import { plainText } from "@/lib/text-input";

/**
 * Editable fields, described once: the same description builds the zod schema the API
 * validates with and the form the admin renders.
 */
export type Field = {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
} & (
  | { type: "text" | "textarea" | "url"; max?: number }
  | { type: "select"; options: readonly string[]; labels?: Record<string, string> }
  | { type: "partialDate" | "date" | "checkbox" | "number" }
  /** One entry per line; `webAddresses` makes each line a web address, checked like a url field. */
  | { type: "lines"; webAddresses?: boolean }
  | { type: "ref" | "refs"; target: EntityType }
);

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function optional<T extends z.ZodType>(schema: T, required: boolean | undefined) {
  return required ? schema : schema.nullable().optional();
}

/**
 * A web address a reader may follow: http or https only, so a stored link can never run
 * script (javascript:), carry a page (data:) or open a local file. Zod's http protocol
 * pattern also makes it insist on "://", so "https:example.org" is refused.
 */
export const webAddress = z
  .string()
  .max(2000, "must be at most 2000 characters")
  .pipe(z.url({ protocol: z.regexes.httpProtocol, error: "must be a web address starting with http:// or https://" }))
  .meta({ id: "webAddress", description: "A web address starting with http:// or https://", pattern: "^https?://" });

/** A date of the record, as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .meta({ id: "partialDate" });

/** Blank form inputs mean "no value". */
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export function fieldSchema(field: Field): z.ZodType {
  switch (field.type) {
    case "text":
    case "textarea": {
      const base = plainText()
        .trim()
        .min(1, "must not be empty")
        .max(field.max ?? (field.type === "text" ? 500 : 100_000));
      return z.preprocess(blankToNull, optional(base, field.required));
    }
    case "url":
      return z.preprocess(blankToNull, optional(webAddress, field.required));
    case "select":
      return z.preprocess(
        blankToNull,
        optional(
          z.enum(field.options as [string, ...string[]], { message: "choose one of the options" }),
          field.required,
        ),
      );
    case "partialDate":
      return z.preprocess(blankToNull, optional(partialDate, field.required));
    case "date":
      return z.preprocess(
        blankToNull,
        optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"), field.required),
      );
    case "checkbox":
      return z.boolean().default(false);
    case "number":
      return z.coerce.number().int("must be a whole number").min(0).max(1_000_000).default(0);
    case "lines":
      return z
        .array(field.webAddresses ? z.string().trim().pipe(webAddress) : plainText().trim().min(1).max(2000))
        .max(200)
        .default([]);
    case "ref":
      return z.preprocess(blankToNull, optional(z.string().regex(ID, "must be an id"), field.required));
    case "refs":
      return z
        .array(z.string().regex(ID, "must be an id"))
        .max(500)
        .refine((ids) => new Set(ids).size === ids.length, "lists an item twice")
        .default([]);
  }
}

/** The values of a form; a name that is not one of its fields is refused, never stored or ignored. */
export function schemaFor(fields: readonly Field[]) {
  return z.strictObject(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])));
}

/** Values as a form holds them: every field present, blanks as null. */
export type Values = Record<string, unknown>;

/**
 * Values for a new item's form from its address (`/admin/arguments/new?quotes=q-1&attributedTo=kaine`):
 * a text or a reference as given, a list of references comma-separated; other fields and
 * unknown names are left out (the form still checks everything before it saves).
 */
export function prefillFrom(fields: readonly Field[], query: Record<string, string | string[] | undefined>): Values {
  const out: Values = {};
  for (const f of fields) {
    const raw = query[f.name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    if (f.type === "refs")
      out[f.name] = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
    else if (f.type === "ref" || f.type === "text" || f.type === "textarea") out[f.name] = value;
  }
  return out;
}

export function emptyValues(fields: readonly Field[]): Values {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.type === "checkbox" ? false : f.type === "number" ? 0 : f.type === "lines" || f.type === "refs" ? [] : null,
    ]),
  );
}
