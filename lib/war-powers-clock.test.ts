import { describe, expect, it } from "vitest";
import { warPowersClocks, type ClockEvent } from "./war-powers-clock";

const strike: ClockEvent = {
  id: "e-2021-02-25-strikes",
  title: "U.S. airstrikes",
  kind: "use_of_force",
  date: "2021-02-25",
  datePrecision: "day",
  legalSourceIds: ["const-art2-s2-c1"],
};
const report: ClockEvent = {
  id: "e-2021-02-27-war-powers-report",
  title: "President reports the strike to Congress",
  kind: "report",
  date: "2021-02-27",
  datePrecision: "day",
  legalSourceIds: ["biden-wpr-letter-2021-02-27", "wpr-1543a"],
};

describe("warPowersClocks", () => {
  it("finds the Feb. 27, 2021 letter met the 48-hour deadline of the Feb. 25 strike", () => {
    const [clock] = warPowersClocks([report, strike], "2026-11-24");
    expect(clock).toEqual({
      useOfForce: { id: strike.id, title: strike.title, date: "2021-02-25" },
      reportDeadline: "2021-02-27",
      report: { id: report.id, title: report.title, date: "2021-02-27" },
      reportStatus: "met",
      // § 1544(b) runs from the report (Feb. 27): 60 days → Apr. 28, +30 → May 28.
      sixtyDayLimit: "2021-04-28",
      ninetyDayLimit: "2021-05-28",
    });
  });

  it("marks a report after the deadline late and runs the 60 days from the deadline", () => {
    const [clock] = warPowersClocks([strike, { ...report, date: "2021-03-01" }], "2026-11-24");
    expect(clock).toMatchObject({ reportStatus: "late", reportDeadline: "2021-02-27", sixtyDayLimit: "2021-04-28" });
  });

  it("says no report is recorded when none is linked, and pending before the deadline", () => {
    expect(warPowersClocks([strike], "2026-11-24")[0]).toMatchObject({ reportStatus: "none_recorded", report: null });
    expect(warPowersClocks([strike], "2021-02-26")[0]).toMatchObject({ reportStatus: "pending" });
  });

  it("ignores reports that do not invoke § 1543(a) and links each report to the nearest earlier use of force", () => {
    const notice: ClockEvent = { ...report, id: "notice", date: "2021-02-26", legalSourceIds: ["aumf-2002-iraq"] };
    const later: ClockEvent = { ...strike, id: "later", date: "2021-06-27" };
    const clocks = warPowersClocks([strike, notice, report, later], "2026-11-24");
    expect(clocks.map((c) => [c.useOfForce.id, c.report?.id ?? null, c.reportStatus])).toEqual([
      [strike.id, report.id, "met"],
      ["later", null, "none_recorded"],
    ]);
  });

  it("counts across month and leap-year ends, and refuses to compute from an imprecise date", () => {
    const [leap] = warPowersClocks([{ ...strike, date: "2020-02-28" }], "2026-01-01");
    expect(leap?.reportDeadline).toBe("2020-03-01");
    expect(leap?.sixtyDayLimit).toBe("2020-04-30");
    expect(warPowersClocks([{ ...strike, date: "2021-02", datePrecision: "month" }], "2026-01-01")[0]).toMatchObject({
      reportStatus: "imprecise",
      reportDeadline: null,
      sixtyDayLimit: null,
    });
  });
});
