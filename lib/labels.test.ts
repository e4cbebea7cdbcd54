import { describe, expect, it } from "vitest";
import { listNames } from "./labels";

describe("listNames", () => {
  it("joins names the way a sentence would", () => {
    expect(listNames([])).toBe("");
    expect(listNames(["Kaine"])).toBe("Kaine");
    expect(listNames(["Kaine", "Murphy"])).toBe("Kaine and Murphy");
    expect(listNames(["Kaine", "Murphy", "Sanders"])).toBe("Kaine, Murphy and Sanders");
    expect(listNames(["A", "B", "C", "D"])).toBe("A, B, C and 1 other");
    expect(listNames(["A", "B", "C", "D", "E"], 2)).toBe("A, B and 3 others");
  });
});
