import { describe, expect, it } from "vitest";
import type { Comparison } from "./compare";
import { assignmentFor, currentSide, evenSide, spreadEvenly, withColumnFirst } from "./lesson-sides";

describe("sides", () => {
  it("swap by a shift: two columns exchange, three rotate back after three swaps", () => {
    expect([0, 1].map((s) => currentSide(s, 1, 2))).toEqual([1, 0]);
    expect([0, 1, 2].map((s) => currentSide(s, 1, 3))).toEqual([1, 2, 0]);
    expect([0, 1, 2].map((s) => currentSide(s, 3, 3))).toEqual([0, 1, 2]);
    expect(currentSide(null, 2, 3)).toBeNull();
    for (const shift of [0, 1, 2, 5])
      for (const column of [0, 1, 2]) expect(currentSide(assignmentFor(column, shift, 3), shift, 3)).toBe(column);
  });

  it("give a newcomer the column with fewest students, the earliest on a tie", () => {
    expect(evenSide([0, 0])).toBe(0);
    expect(evenSide([1, 0])).toBe(1);
    expect(evenSide([2, 1, 1])).toBe(1);
    expect(spreadEvenly([3, 0, 1], 4)).toEqual([1, 1, 2, 1]);
    const counts = [0, 0, 0];
    for (const side of spreadEvenly(counts, 31)) counts[side]! += 1;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("put one column first everywhere the comparison has columns", () => {
    const arg = (id: string) => ({ id, claim: id, sideLabel: null, citations: [], quotes: [] });
    const column = (key: string) => ({
      key,
      label: `Position ${key}`,
      positionId: null,
      title: "",
      summary: "",
      stance: "unconstitutional" as never,
      holders: [],
      balance: { total: 0, byKind: {} },
    });
    const use = (argumentId: string) => ({ use: "relies_on" as never, formatted: "", argumentId });
    const c: Comparison = {
      blind: true,
      order: 0,
      columns: ["A", "B", "C"].map(column),
      rows: [{ clashId: "clash-1", question: "Q", cells: [[arg("a1")], [arg("b1")], [arg("c1")]] }],
      others: [[arg("a2")], [], [arg("c2")]],
      sharedSources: [
        {
          sourceId: "s",
          shortTitle: "S",
          sourceKind: "statute",
          readDifferently: false,
          uses: [[use("a1")], [], [use("c1")]],
        },
      ],
      prompts: [],
    };
    const moved = withColumnFirst(c, 2);
    expect(moved.columns.map((x) => x.key)).toEqual(["C", "A", "B"]);
    expect(moved.rows[0]!.cells.map((cell) => cell[0]!.id)).toEqual(["c1", "a1", "b1"]);
    expect(moved.others.map((cell) => cell.map((a) => a.id))).toEqual([["c2"], ["a2"], []]);
    expect(moved.sharedSources[0]!.uses.map((u) => u.map((x) => x.argumentId))).toEqual([["c1"], ["a1"], []]);
    expect(withColumnFirst(c, 0)).toBe(c);
    expect(withColumnFirst(c, null)).toBe(c);
  });
});
