import { describe, expect, it } from "vitest";
import { CSV_BOM, csvText, toCsv } from "./csv";

describe("CSV cells", () => {
  it("prefixes text a spreadsheet would run as a formula with '", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvText(`${start}1`)).toBe(`'${start}1`);
    expect(csvText("1543(a) = report")).toBe("1543(a) = report");
    expect(csvText("")).toBe("");
  });

  it("starts the file with a BOM, quotes after escaping, and leaves numbers alone", () => {
    expect(toCsv(["a"], [["=1,2"], [-1], [null]])).toBe(`${CSV_BOM}a\r\n"'=1,2"\r\n-1\r\n\r\n`);
  });
});
