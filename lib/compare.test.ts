import { describe, expect, it } from "vitest";
import { seededOrder } from "./compare";

describe("seededOrder", () => {
  it("is stable for a seed, varies across seeds, and keeps every item", () => {
    const items = ["a", "b", "c", "d"];
    expect(seededOrder(items, 42)).toEqual(seededOrder(items, 42));
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => seededOrder(items, seed).join("")));
    expect(orders.size).toBeGreaterThan(5);
    for (const seed of [0, 1, 999_999]) expect([...seededOrder(items, seed)].sort()).toEqual(items);
    const firsts = new Set(Array.from({ length: 30 }, (_, seed) => seededOrder(["x", "y"], seed)[0]));
    expect(firsts).toEqual(new Set(["x", "y"])); // neither side is always first
  });
});
