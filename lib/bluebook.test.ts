import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bluebookDate, formatCitation, parseCitation, type LegalSourceKind } from "./bluebook";

interface SeedSource {
  id: string;
  kind: LegalSourceKind;
  citation: string;
}
interface SeedArgument {
  sources: { source: string; pinpoint?: string | null }[];
}
const seed = JSON.parse(readFileSync("db/seed/content/syria-2021-case.json", "utf8")) as {
  legal_sources: SeedSource[];
  arguments: SeedArgument[];
};
const byId = new Map(seed.legal_sources.map((s) => [s.id, s]));
const cite = (id: string, pinpoint?: string) => {
  const source = byId.get(id)!;
  return formatCitation(parseCitation(source.kind, source.citation), pinpoint);
};

describe("parseCitation + formatCitation", () => {
  it.each(seed.legal_sources.map((s) => [s.id, s] as const))("round-trips %s exactly", (_id, source) => {
    expect(formatCitation(parseCitation(source.kind, source.citation))).toBe(source.citation);
  });

  it("rejects a citation it cannot read rather than guessing", () => {
    expect(() => parseCitation("case", "Some case without a reporter")).toThrow(/Not a citation form/);
    expect(() => parseCitation("constitution", "Const. art. I")).toThrow(/constitution/);
  });
});

describe("pinpoints", () => {
  it("puts the page after the first page of a case, parentheticals after the year", () => {
    expect(cite("prize-cases", "at 668")).toBe("The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863)");
    expect(cite("youngstown", "at 635–38 (Jackson, J., concurring)")).toBe(
      "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579, 635–38 (1952) (Jackson, J., concurring)",
    );
    expect(cite("smith-v-obama", "at 290")).toBe(
      "Smith v. Obama, 217 F. Supp. 3d 283, 290 (D.D.C. 2016), vacated as moot sub nom. Smith v. Trump (D.C. Cir. 2018)",
    );
  });

  it("cites the Code section itself for a provision", () => {
    expect(cite("wpr-1543a", "§ 1543(a)")).toBe("50 U.S.C. § 1543(a)");
    expect(cite("wpr-1541c", "§ 1541(c)(3)")).toBe("50 U.S.C. § 1541(c)(3)");
    expect(cite("wpr-1543a")).toBe("50 U.S.C. § 1543(a)");
  });

  it("places act sections after the public law number, Code sections in the codification", () => {
    expect(cite("aumf-2001", "§ 2(a)")).toBe(
      "Authorization for Use of Military Force, Pub. L. No. 107-40, § 2(a), 115 Stat. 224 (2001)",
    );
    expect(cite("wpr", "§§ 1541–1548")).toBe(byId.get("wpr")!.citation);
    expect(cite("wpr", "§ 1544(b)")).toBe(
      "War Powers Resolution, Pub. L. No. 93-148, 87 Stat. 555 (1973) (codified as amended at 50 U.S.C. § 1544(b))",
    );
  });

  it("replaces the designation of a constitution clause or treaty article", () => {
    expect(cite("const-art1-s8-c11", "art. I, § 8, cl. 11")).toBe("U.S. Const. art. I, § 8, cl. 11");
    expect(cite("const-art2-s2-c1", "art. II, § 2, cl. 1")).toBe("U.S. Const. art. II, § 2, cl. 1");
    expect(cite("un-charter-art51", "art. 51")).toBe("U.N. Charter art. 51");
  });

  it("pins bills, opinions and documents where the rules put them", () => {
    expect(cite("sjres-68-116", "§ 2")).toBe("S.J. Res. 68, 116th Cong. § 2 (2020)");
    expect(cite("olc-2011-libya", "at 31")).toBe(
      "Authority to Use Military Force in Libya, 35 Op. O.L.C. 20, 31 (2011)",
    );
    expect(cite("un-s-2021-202", "2")).toMatch(/U\.N\. Doc\. S\/2021\/202, at 2$/);
    for (const [congress, word] of [
      [93, "93d"],
      [101, "101st"],
      [102, "102d"],
      [103, "103d"],
      [111, "111th"],
      [112, "112th"],
      [119, "119th"],
    ] as const) {
      expect(formatCitation({ form: "bill", bill: "H.R. 1", congress, year: "2000", enacted: false })).toBe(
        `H.R. 1, ${word} Cong. (2000)`,
      );
    }
    expect(cite("ndaa-fy2026")).toBe(byId.get("ndaa-fy2026")!.citation);
  });

  it("formats every pinpoint the seed's arguments use", () => {
    for (const argument of seed.arguments) {
      for (const { source, pinpoint } of argument.sources) {
        const formatted = cite(source, pinpoint ?? undefined);
        expect(formatted.length).toBeGreaterThan(5);
        if (pinpoint) expect(formatted).toContain(pinpoint.replace(/^at /, "").replace(/ \(.*\)$/, ""));
      }
    }
  });
});

describe("bluebookDate", () => {
  it("abbreviates the month as table T12 does, and drops a leading zero from the day", () => {
    expect(bluebookDate("2026-12-03")).toBe("Dec. 3, 2026");
    expect(bluebookDate("2021-02-25")).toBe("Feb. 25, 2021");
    expect(bluebookDate("2021-05-01")).toBe("May 1, 2021");
    expect(bluebookDate("2021-06-30")).toBe("June 30, 2021");
    expect(bluebookDate("2021-09-11")).toBe("Sept. 11, 2021");
  });
  it("refuses anything but a day", () => {
    for (const bad of ["2021-13-01", "2021-02", "Feb. 25, 2021"])
      expect(() => bluebookDate(bad), bad).toThrow(/YYYY-MM-DD/);
  });
});
