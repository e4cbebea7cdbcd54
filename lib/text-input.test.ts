import { describe, expect, it } from "vitest";
import { plainText } from "./text-input";

describe("plainText", () => {
  it("accepts any well-formed text, emoji and combining marks included", () => {
    for (const s of ["", "War Powers", "🇺🇸👩‍⚖️", "e\u0301", "'; drop table users; --"])
      expect(plainText().safeParse(s).success).toBe(true);
  });
  it("refuses NUL and unpaired surrogates, and keeps the limits chained after it", () => {
    for (const s of ["\u0000", "a\u0000b", "\ud800", "x\udfffy"]) expect(plainText().safeParse(s).success).toBe(false);
    expect(plainText().max(3).safeParse("abcd").success).toBe(false);
  });
});
