import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  actors,
  anchors,
  argumentEvents,
  cases,
  debateArguments,
  eventActors,
  eventAnchors,
  eventLegalSources,
  events,
  legalSources,
  quoteEvents,
  quotes,
} from "../schema";
import { readRows } from "./_raw";
import { aliased, isPublic, jsonArray, jsonObject, updatedOn, visible } from "./_shared";

type Event = typeof events.$inferSelect;

/** A published event as the timeline shows it (listEvents). */
export type EventItem = Pick<
  Event,
  | "id"
  | "title"
  | "kind"
  | "date"
  | "endDate"
  | "datePrecision"
  | "dateNote"
  | "timeZoneNote"
  | "place"
  | "summary"
  | "inArticle"
  | "articleNote"
  | "verification"
  | "unconfirmedDetails"
> & {
  actors: { id: string; name: string }[];
  anchors: { id: string; documentId: string; exact: string; start: number; end: number }[];
  legalSources: { id: string; shortTitle: string; citation: string }[];
  arguments: { id: string; claim: string; positionId: string }[];
};

const [ev, evFrom] = aliased(events, "ev");
const [evActor, evActorFrom] = aliased(eventActors, "ev_actor");
const [actor, actorFrom] = aliased(actors, "actor");
const [evAnchor, evAnchorFrom] = aliased(eventAnchors, "ev_anchor");
const [anchor, anchorFrom] = aliased(anchors, "anchor");
const [evSource, evSourceFrom] = aliased(eventLegalSources, "ev_source");
const [source, sourceFrom] = aliased(legalSources, "source");
const [evArgument, evArgumentFrom] = aliased(argumentEvents, "ev_argument");
const [argument, argumentFrom] = aliased(debateArguments, "argument");
const [c, cFrom] = aliased(cases, "ev_case");

/** An event's own fields and everything linked to it, as one JSON object (one statement for any number of events). */
const eventObject = jsonObject({
  id: ev.id,
  title: ev.title,
  kind: ev.kind,
  date: ev.date,
  endDate: ev.endDate,
  datePrecision: ev.datePrecision,
  dateNote: ev.dateNote,
  timeZoneNote: ev.timeZoneNote,
  place: ev.place,
  summary: ev.summary,
  inArticle: ev.inArticle,
  articleNote: ev.articleNote,
  verification: ev.verification,
  unconfirmedDetails: ev.unconfirmedDetails,
  actors: jsonArray(
    jsonObject({ id: actor.id, name: actor.name }),
    sql`from ${evActorFrom} join ${actorFrom} on ${actor.id} = ${evActor.actorId} where ${evActor.eventId} = ${ev.id} and ${isPublic(actor)}`,
    sql`${evActor.sortOrder}`,
  ),
  anchors: jsonArray(
    jsonObject({
      id: anchor.id,
      documentId: anchor.documentId,
      exact: anchor.exact,
      start: anchor.start,
      end: anchor.end,
    }),
    sql`from ${evAnchorFrom} join ${anchorFrom} on ${anchor.id} = ${evAnchor.anchorId} where ${evAnchor.eventId} = ${ev.id} and ${visible.anchor(anchor.id)}`,
    sql`${evAnchor.sortOrder}`,
  ),
  legalSources: jsonArray(
    jsonObject({ id: source.id, shortTitle: source.shortTitle, citation: source.citation }),
    sql`from ${evSourceFrom} join ${sourceFrom} on ${source.id} = ${evSource.legalSourceId} where ${evSource.eventId} = ${ev.id} and ${visible.legalSource(source.id)}`,
    sql`${evSource.sortOrder}`,
  ),
  arguments: jsonArray(
    jsonObject({ id: argument.id, claim: argument.claim, positionId: argument.positionId }),
    sql`from ${evArgumentFrom} join ${argumentFrom} on ${argument.id} = ${evArgument.argumentId} where ${evArgument.eventId} = ${ev.id} and ${visible.argument(argument.id)}`,
    sql`${argument.sortOrder}`,
  ),
});

/**
 * A case's published events in date order, with actors, the passages that mention them, their
 * sources and the arguments resting on them. One statement (docs/performance.md).
 */
export async function listEvents(db: Db, caseId: string): Promise<EventItem[]> {
  const rows = await readRows<{ data: EventItem }>(
    db,
    sql`select ${eventObject} as data from ${evFrom} where ${ev.caseId} = ${caseId} and ${isPublic(ev)} order by ${ev.date}, ${ev.endDate}, ${ev.id}`,
  );
  return rows.map((r) => r.data);
}

/** A published event for its own page: as the timeline shows it, with its case and the quotes about it. */
export async function getEventById(db: Db, id: string) {
  const [row] = await readRows<{ data: EventItem; caseSlug: string; caseTitle: string; updatedOn: string }>(
    db,
    sql`select ${eventObject} as data, ${c.slug} as "caseSlug", ${c.title} as "caseTitle", ${updatedOn(ev)} as "updatedOn"
      from ${evFrom} join ${cFrom} on ${c.id} = ${ev.caseId}
      where ${ev.id} = ${id} and ${visible.event(ev.id)}`,
  );
  if (!row) return null;
  const quoteRows = await db
    .select({
      id: quotes.id,
      text: quotes.text,
      date: quotes.date,
      datePrecision: quotes.datePrecision,
      dateApproximate: quotes.dateApproximate,
      speaker: { id: actors.id, name: actors.name },
    })
    .from(quoteEvents)
    .innerJoin(quotes, eq(quotes.id, quoteEvents.quoteId))
    .innerJoin(actors, eq(actors.id, quotes.speakerId))
    .where(and(eq(quoteEvents.eventId, id), visible.quote(quotes.id)))
    .orderBy(asc(quotes.date), asc(quotes.id));
  return { ...row.data, caseSlug: row.caseSlug, caseTitle: row.caseTitle, updatedOn: row.updatedOn, quotes: quoteRows };
}
