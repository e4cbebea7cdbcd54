import { describe, expect, it } from "vitest";
import { diffValues } from "./diff";
import { ENTITIES } from "./entities";

describe("diffValues", () => {
  it("lists only the fields that changed, readably", () => {
    const fields = ENTITIES.argument.fields;
    const before = { claim: "Old", explanation: "Same", attributedTo: ["kaine"], events: [], sortOrder: 0 };
    const after = { claim: "New", explanation: "Same", attributedTo: ["kaine", "murphy"], events: [], sortOrder: 0 };
    expect(diffValues(fields, before, after)).toEqual([
      { field: "claim", label: "Claim", before: "Old", after: "New" },
      { field: "attributedTo", label: "Made by", before: "kaine", after: "kaine\nmurphy" },
    ]);
  });
  it("shows everything set on creation", () => {
    const changes = diffValues(ENTITIES.prompt.fields, null, {
      caseId: "c",
      prompt: "Why?",
      clashes: [],
      sortOrder: 0,
    });
    expect(changes.map((c) => c.field)).toEqual(["caseId", "prompt", "sortOrder"]);
  });
});
