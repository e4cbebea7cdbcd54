import Link from "next/link";
import type { DatePrecision } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { EventDate } from "./event-date";

/** Events as a list of dates and titles, each title a link to the event's page. */
export function EventList({
  events,
}: {
  events: { id: string; title: string; date: string; endDate: string | null; datePrecision: DatePrecision }[];
}) {
  return (
    <ul className="space-y-3">
      {events.map((e) => (
        <li key={e.id}>
          <p className="text-sm text-muted">
            <EventDate date={e.date} endDate={e.endDate} precision={e.datePrecision} />
          </p>
          <Link href={routes.event(e.id)} className="font-medium">
            {e.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
