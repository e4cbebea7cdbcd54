import type { DatePrecision } from "./dates";

/**
 * War Powers Resolution clocks for a use of force:
 * - 50 U.S.C. § 1543(a): a written report within 48 hours of introducing forces into hostilities;
 * - 50 U.S.C. § 1544(b): forces withdrawn within 60 calendar days after the report was submitted or
 *   required to be submitted (whichever is earlier), unless Congress authorizes; extendable by 30 days
 *   for a safe withdrawal.
 * Dates are counted in whole days at the precision the record gives: with a day-precision start the
 * 48 hours end, at the latest, at the end of the second following day.
 */
export interface ClockEvent {
  id: string;
  title: string;
  kind: string;
  date: string;
  datePrecision: DatePrecision;
  /** Legal source ids the event involves (a War Powers report cites § 1543(a) or a presidential letter). */
  legalSourceIds: string[];
}

export type ReportStatus =
  /** The linked report is dated on or before the deadline. */
  | "met"
  /** The linked report is dated after the deadline. */
  | "late"
  /** No report event is recorded and the deadline has passed. */
  | "none_recorded"
  /** No report yet and the deadline has not passed. */
  | "pending"
  /** The use of force is dated too loosely (month or year) to compute a deadline. */
  | "imprecise";

export interface WarPowersClock {
  useOfForce: Pick<ClockEvent, "id" | "title" | "date">;
  reportDeadline: string | null;
  report: Pick<ClockEvent, "id" | "title" | "date"> | null;
  reportStatus: ReportStatus;
  /** § 1544(b): 60 days from the report's submission or its deadline, whichever is earlier. */
  sixtyDayLimit: string | null;
  /** The limit with the 30-day extension for withdrawal. */
  ninetyDayLimit: string | null;
}

export const REPORT_SOURCE_IDS = new Set(["wpr-1543a"]);

function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function isReport(event: ClockEvent, reportSourceIds: Set<string>): boolean {
  return event.kind === "report" && event.legalSourceIds.some((id) => reportSourceIds.has(id));
}

/**
 * One clock per use of force, in date order. A use of force is linked to the first War
 * Powers report (a report event citing § 1543(a)) dated on or after it and before the
 * next use of force.
 */
export function warPowersClocks(
  events: ClockEvent[],
  today: string,
  reportSourceIds: Set<string> = REPORT_SOURCE_IDS,
): WarPowersClock[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const uses = sorted.filter((e) => e.kind === "use_of_force");
  const reports = sorted.filter((e) => isReport(e, reportSourceIds));

  return uses.map((use, i) => {
    const next = uses[i + 1];
    const report = reports.find((r) => r.date >= use.date && (!next || r.date < next.date)) ?? null;
    const summary = (e: ClockEvent) => ({ id: e.id, title: e.title, date: e.date });
    if (use.datePrecision !== "day") {
      return {
        useOfForce: summary(use),
        reportDeadline: null,
        report: report && summary(report),
        reportStatus: "imprecise",
        sixtyDayLimit: null,
        ninetyDayLimit: null,
      };
    }
    const reportDeadline = addDays(use.date, 2);
    const reportDay = report && report.datePrecision === "day" ? report.date : null;
    const clockStart = reportDay && reportDay < reportDeadline ? reportDay : reportDeadline;
    const reportStatus: ReportStatus = reportDay
      ? reportDay <= reportDeadline
        ? "met"
        : "late"
      : today > reportDeadline
        ? "none_recorded"
        : "pending";
    return {
      useOfForce: summary(use),
      reportDeadline,
      report: report && summary(report),
      reportStatus,
      sixtyDayLimit: addDays(clockStart, 60),
      ninetyDayLimit: addDays(clockStart, 90),
    };
  });
}
