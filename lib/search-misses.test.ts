import { describe, expect, it } from "vitest";
import { missKey } from "./search-misses";

describe("missKey", () => {
  it("folds case and spaces", () => {
    expect(missKey("  Gulf   of TONKIN ")).toBe("gulf of tonkin");
  });
  it("replaces what could identify a person", () => {
    expect(missKey("letter from jane.doe@example.org")).toBe("letter from [e-mail]");
    expect(missKey("call +1 (202) 555-0143 about it")).toBe("call +[number] about it");
    expect(missKey("see https://example.org/x?id=7")).toBe("see [address]");
    expect(missKey("case 1:21-cv-00123")).toBe("case 1:21-cv-00123");
    expect(missKey("pub. l. 93-148")).toBe("pub. l. 93-148");
  });
  it("keeps nothing too short, too long, or without a word", () => {
    expect(missKey("a")).toBeNull();
    expect(missKey("x".repeat(121))).toBeNull();
    expect(missKey(Array.from({ length: 13 }, (_, i) => `w${i}`).join(" "))).toBeNull();
    expect(missKey("§§ ()")).toBeNull();
    expect(missKey("someone@example.org")).toBeNull();
  });
});
