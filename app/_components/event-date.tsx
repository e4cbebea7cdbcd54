import { formatPartialDate, type DatePrecision } from "@/lib/dates";

/** A record date as precise as it is known, machine-readable where it is a full day. */
export function EventDate({
  date,
  endDate,
  precision,
}: {
  date: string;
  endDate?: string | null;
  precision: DatePrecision | null;
}) {
  const label = formatPartialDate(date, precision);
  return (
    <>
      <time dateTime={date}>{label}</time>
      {endDate && endDate !== date && (
        <>
          {" – "}
          <time dateTime={endDate}>{formatPartialDate(endDate)}</time>
        </>
      )}
    </>
  );
}
