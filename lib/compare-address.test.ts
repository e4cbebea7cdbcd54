import { describe, expect, it } from "vitest";
import { compareRedirect } from "./compare-address";

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
});
