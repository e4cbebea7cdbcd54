import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./trpc";

describe("fieldErrorsOf", () => {
  it("groups messages by the dotted path of the field at fault", () => {
    expect(
      fieldErrorsOf([
        { path: ["values", "claim"], message: "too long" },
        { path: [], message: "bad" },
        { path: ["values", "claim"], message: "empty" },
      ]),
    ).toEqual({
      "values.claim": ["too long", "empty"],
      input: ["bad"],
    });
  });

  it("names fields called like Object's own properties as fields of the input, in keys superjson carries", () => {
    const errors = fieldErrorsOf([
      { path: ["constructor"], message: "is not a field" },
      { path: ["__proto__"], message: "is not a field" },
      { path: ["toString"], message: "is not a field" },
    ]);
    expect(errors).toEqual({
      "input.constructor": ["is not a field"],
      "input.__proto__": ["is not a field"],
      toString: ["is not a field"],
    });
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    // The answer must still travel: superjson refuses those keys outright.
    expect(superjson.deserialize(superjson.serialize({ fieldErrors: errors }))).toEqual({ fieldErrors: errors });
  });
});
