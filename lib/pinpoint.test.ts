import { describe, expect, it } from "vitest";
import { pinpointsOverlap } from "./pinpoint";

describe("pinpointsOverlap", () => {
  it.each([
    ["art. I, § 8, cl. 11", "art. I, § 8, cl. 11"],
    ["art. II, § 2", "art. II, § 2, cl. 1"],
    ["§ 1541(c)(3)", "§ 1541(c)"],
    ["§ 1541(c)", "§  1541(c)"],
    ["art. 51", "art. 51"],
    ["art. 51", "Art. 51."],
    ["at 668", "at 668"],
    ["at 635–38 (Jackson, J., concurring)", "at 635"],
    ["at 635–38 (Jackson, J., concurring)", "at 637–38"],
    ["at 637-638", "at 638"],
    ["at 635 (Jackson, J., concurring)", "at 635"],
  ])("%s and %s overlap", (a, b) => {
    expect(pinpointsOverlap(a, b)).toBe(true);
    expect(pinpointsOverlap(b, a)).toBe(true);
  });

  it.each([
    ["art. I, § 8, cl. 11", "art. I, § 8, cl. 1"],
    ["art. I, § 8, cls. 12–14", "art. I, § 8, cl. 11"],
    ["§ 1541(c)", "§ 1541(b)"],
    ["§ 1541", "§ 15410"],
    ["at 668", "at 669"],
    ["at 635–38", "at 639"],
    ["at 635 (Jackson, J., concurring)", "at 635 (Douglas, J., concurring)"],
    ["at 635", "§ 635"],
    ["art. 51", ""],
    ["art. 51", null],
  ])("%s and %s do not overlap", (a, b) => {
    expect(pinpointsOverlap(a, b)).toBe(false);
    expect(pinpointsOverlap(b, a)).toBe(false);
  });
});
