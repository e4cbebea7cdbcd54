import { describe, expect, it } from "vitest";
import { compareRedirect, pickValue, positionRefs, resolvePositions } from "./compare-address";

const go = (url: string) => {
  const u = new URL(url, "http://x");
  return compareRedirect(u.pathname, u.searchParams, () => 42);
};

describe("compareRedirect", () => {
  it("leaves a complete comparison, the picker (fewer than two) and other pages alone", () => {
    expect(go("/cases/c/compare?positions=a,b&order=7")).toBeNull();
    expect(go("/cases/c/compare?positions=a&order=7")).toBeNull();
    expect(go("/cases/c/compare")).toBeNull();
    expect(go("/cases/c?positions=a,b")).toBeNull();
  });
  it("gives a new comparison a column order", () => {
    expect(go("/cases/c/compare?positions=a,b")).toBe("/cases/c/compare?positions=a%2Cb&order=42");
    expect(go("/cases/c/compare?positions=a,b&blind=1&order=x")).toBe(
      "/cases/c/compare?positions=a%2Cb&blind=1&order=42",
    );
  });
  it("turns the picker's boxes into the list, at most four, keeping blind mode", () => {
    expect(go("/cases/c/compare?pick=a&pick=b&pick=c&pick=d&pick=e&blind=1")).toBe(
      "/cases/c/compare?positions=a%2Cb%2Cc%2Cd&blind=1&order=42",
    );
  });
  it("takes the number of each box in blind mode, and its id otherwise", () => {
    expect(go("/cases/c/compare?pick=2:p-b&pick=4:p-d&blind=1")).toBe(
      "/cases/c/compare?positions=2%2C4&blind=1&order=42",
    );
    expect(go("/cases/c/compare?pick=2:p-b&pick=4:p-d")).toBe("/cases/c/compare?positions=p-b%2Cp-d&order=42");
  });
});

describe("position references", () => {
  const all = ["p-a", "p-b", "p-c"];
  it("names positions by number when blind, by id otherwise, and reads both back", () => {
    expect(positionRefs(["p-c", "p-a"], all, true)).toBe("3,1");
    expect(positionRefs(["p-c", "p-a"], all, false)).toBe("p-c,p-a");
    expect(resolvePositions(["3", "1"], all)).toEqual(["p-c", "p-a"]);
    expect(resolvePositions(["p-b", "1"], all)).toEqual(["p-b", "p-a"]);
    expect(pickValue("p-b", all)).toBe("2:p-b");
  });
  it("refuses a number or id that names no position", () => {
    expect(resolvePositions(["4"], all)).toBeNull();
    expect(resolvePositions(["0"], all)).toBeNull();
    expect(resolvePositions(["p-z"], all)).toBeNull();
  });
});
