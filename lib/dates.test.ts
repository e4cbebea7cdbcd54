import { describe, expect, it } from "vitest";
import { formatDateRange, formatPartialDate, parsePartialDate } from "./dates";

describe("formatPartialDate", () => {
  it("formats each precision without inventing detail", () => {
    expect(formatPartialDate("2021-02-25")).toBe("February 25, 2021");
    expect(formatPartialDate("2021-03", "month")).toBe("March 2021");
    expect(formatPartialDate("2021")).toBe("2021");
    expect(formatPartialDate("2021-02-25", "month")).toBe("February 2021");
  });

  it("rejects malformed and impossible dates", () => {
    expect(() => parsePartialDate("2021-2-25")).toThrow(/partial ISO/);
    expect(() => parsePartialDate("2021-13")).toThrow(/Month/);
    expect(() => parsePartialDate("2021-02-29")).toThrow(/Day/);
    expect(parsePartialDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
  });
});

describe("formatDateRange", () => {
  it("shortens ranges that share a month or a year", () => {
    expect(formatDateRange("2021-02-15", "2021-02-27")).toBe("February 15–27, 2021");
    expect(formatDateRange("2021-02-15", "2021-03-02")).toBe("February 15 – March 2, 2021");
    expect(formatDateRange("2019-12-27", "2021-02-27")).toBe("December 27, 2019 – February 27, 2021");
  });

  it("handles open and single-day ranges", () => {
    expect(formatDateRange(null, null)).toBeNull();
    expect(formatDateRange("2021-02-25", null)).toBe("February 25, 2021");
    expect(formatDateRange("2021-02-25", "2021-02-25")).toBe("February 25, 2021");
  });
});
