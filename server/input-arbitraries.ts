import fc from "fast-check";
import { z } from "zod";

/**
 * Test inputs for any procedure, generated from its own zod input schema (through
 * zod's JSON Schema), so a new procedure is exercised without anyone writing its cases.
 * "Plausible" inputs follow the schema; "hostile" ones break it on purpose: wrong types,
 * huge strings, deep nesting, NUL and lone surrogates, SQL and script payloads.
 * Whether an input is actually valid is always decided by the zod schema itself.
 */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The JSON Schema of a procedure's input parser, or null when it takes no input. */
export function inputSchemaOf(parser: unknown): JsonSchema | null {
  if (!parser) return null;
  return z.toJSONSchema(parser as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Strings an attacker or an unlucky paste would send. */
export const PAYLOADS = [
  "'; drop table users; --",
  "' or '1'='1",
  "1) union select password_hash from users --",
  "%",
  "_%_",
  "\\",
  "$1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202egnp.exe",
  "\ufeff",
  "e\u0301\u0301\u0301",
  "🇺🇸👩‍⚖️",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  " ",
  "\t\r\n",
  "null",
];

/** One UTF-16 unit or code point at a time, lone surrogates and NUL included. */
const char = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "'", '"', "<", "\\") },
);

/** Caps what a "plausible" string may be, however long the schema allows. */
const GENERATED_MAX = 80;

function fitted(min: number, max: number) {
  return (s: string) => s.length >= min && s.length <= max;
}

function stringArb(s: JsonSchema, dictionary: readonly string[]): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 10_000;
  const pattern = s.pattern ? new RegExp(s.pattern) : null;
  const fits = (v: string) => fitted(min, max)(v) && (!pattern || pattern.test(v));
  const known = dictionary.filter(fits);
  const options: fc.WeightedArbitrary<string>[] = [];
  if (known.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...known) });
  if (s.format === "uuid") options.push({ weight: 3, arbitrary: fc.uuid() });
  if (pattern) {
    options.push({ weight: 3, arbitrary: fc.stringMatching(pattern).filter(fits) });
  } else {
    const payloads = PAYLOADS.filter(fits);
    if (payloads.length) options.push({ weight: 2, arbitrary: fc.constantFrom(...payloads) });
    const upTo = Math.max(min, Math.min(max, GENERATED_MAX));
    options.push({ weight: 4, arbitrary: fc.string({ unit: char, minLength: min, maxLength: upTo }).filter(fits) });
  }
  return fc.oneof(...options);
}

/** Inputs that follow the schema (most pass zod; refinements may still reject some). */
export function plausible(s: JsonSchema, dictionary: readonly string[] = []): fc.Arbitrary<unknown> {
  if (s.anyOf || s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf)!.map((o) => plausible(o, dictionary)));
  if (s.enum) return fc.constantFrom(...s.enum);
  if ("const" in s) return fc.constant(s.const);
  switch (s.type) {
    case "object": {
      if (!s.properties) {
        const value =
          typeof s.additionalProperties === "object"
            ? plausible(s.additionalProperties, dictionary)
            : fc.jsonValue({ maxDepth: 2 });
        return fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 4 });
      }
      const shape = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, plausible(v, dictionary)]));
      return fc.record(shape, { requiredKeys: s.required ?? [] });
    }
    case "string":
      return stringArb(s, dictionary);
    case "integer":
      return fc.integer({
        min: Math.max(s.minimum ?? -(2 ** 31), Number.MIN_SAFE_INTEGER),
        max: Math.min(s.maximum ?? 2 ** 31, 2 ** 31),
      });
    case "number":
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(s.items ? plausible(s.items, dictionary) : fc.jsonValue({ maxDepth: 1 }), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 8, 8)),
      });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Nested arrays `depth` deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Values of every other kind, including what superjson can carry and JSON cannot. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 53 + 1,
    1e308,
    "",
    "0",
    "true",
    [],
    {},
  ),
  fc.constantFrom(...PAYLOADS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Map([["a", 1]])),
  fc.constant(new Set([1])),
  fc.integer({ min: 50, max: 1_000 }).map(deeplyNested),
);

/** A value this field should refuse: wrong type, out of range, too long, or breaking its pattern. */
export function hostileValue(s: JsonSchema): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [anyValue];
  if (s.type === "string") {
    const max = s.maxLength;
    // Past the limit, but within what one request can reasonably carry.
    // Past the limit: mostly just past it, now and then by far (within what one request can carry).
    if (max !== undefined && max < 200_000) {
      const past = fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: max + 1, max: max + 2_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: max + 2_000, max: max + 300_000 }) },
      );
      options.push(past.map((n) => "\u0000'<".repeat(Math.ceil(n / 3)).slice(0, n)));
    }
    if (s.minLength) options.push(fc.constant(""));
    if (s.pattern || s.enum) options.push(fc.constantFrom(...PAYLOADS), fc.string({ unit: char, maxLength: 40 }));
  }
  if (s.type === "integer" || s.type === "number") {
    options.push(fc.constantFrom((s.minimum ?? 0) - 1, (s.maximum ?? 0) + 1, 0.5, NaN, Infinity), fc.double());
  }
  if (s.type === "array") {
    options.push(fc.array(anyValue, { maxLength: 5 }));
    if (s.maxItems !== undefined) options.push(fc.constant(Array.from({ length: s.maxItems + 1 }, () => "a")));
  }
  return fc.oneof(...options);
}

/** Inputs built to be refused: a wrong top-level value, or a plausible object with one field broken or missing. */
export function hostile(s: JsonSchema | null, dictionary: readonly string[] = []): fc.Arbitrary<unknown> {
  if (!s || s.type !== "object" || !s.properties) return anyValue;
  const props = s.properties;
  const keys = Object.keys(props);
  const base = plausible(s, dictionary) as fc.Arbitrary<Record<string, unknown>>;
  const broken = fc
    .tuple(base, fc.constantFrom(...keys))
    .chain(([obj, key]) => hostileValue(props[key]!).map((v) => ({ ...obj, [key]: v })));
  const options: fc.Arbitrary<unknown>[] = [anyValue, broken, broken];
  const required = s.required ?? [];
  if (required.length) {
    options.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([obj, key]) => {
        const copy = { ...obj };
        delete copy[key];
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
}
