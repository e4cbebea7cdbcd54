import { describe, expect, it } from "vitest";
import { describeRange, extractDates } from "./query-dates";

describe("extractDates", () => {
  it.each([
    ["war powers report February 27 2021", "war powers report", "2021-02-27", "2021-02-27"],
    ["Feb. 27, 2021 strike", "strike", "2021-02-27", "2021-02-27"],
    ["27 February 2021", "", "2021-02-27", "2021-02-27"],
    ["Feb. 2021 strikes", "strikes", "2021-02-01", "2021-02-31"],
    ["strikes in february 2021", "strikes in", "2021-02-01", "2021-02-31"],
    ["2021-02-25", "", "2021-02-25", "2021-02-25"],
    ["rockets 2021-02", "rockets", "2021-02-01", "2021-02-31"],
    ["from Feb. 15 to Feb. 27, 2021", "", "2021-02-15", "2021-02-27"],
    ["between December 2019 and January 2020", "", "2019-12-01", "2020-01-31"],
  ])("%s", (query, text, from, to) => {
    expect(extractDates(query)).toEqual({ text, range: { from, to } });
  });

  it("leaves a bare year, a month name as a word, and impossible dates alone", () => {
    expect(extractDates("2002 Iraq AUMF")).toEqual({ text: "2002 Iraq AUMF", range: null });
    expect(extractDates("may the president strike")).toEqual({ text: "may the president strike", range: null });
    expect(extractDates("2021-13-45")).toEqual({ text: "2021-13-45", range: null });
    expect(extractDates("§ 1543(a)")).toEqual({ text: "§ 1543(a)", range: null });
  });

  it("says the range as a reader would", () => {
    expect(describeRange(extractDates("Feb. 27, 2021").range!)).toBe("February 27, 2021");
    expect(describeRange(extractDates("Feb. 2021").range!)).toBe("February 2021");
    expect(describeRange(extractDates("from Feb. 15 to Feb. 27, 2021").range!)).toBe("February 15–27, 2021");
  });
});
