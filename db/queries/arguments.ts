import { and, asc, eq, inArray } from "drizzle-orm";
import { formatCitation } from "@/lib/bluebook";
import { pinpointsOverlap } from "@/lib/pinpoint";
import type { Db } from "../client";
import {
  actors,
  argumentAttributions,
  argumentEvents,
  argumentQuotes,
  argumentRelations,
  cases,
  citations,
  clashes,
  clashSideArguments,
  clashSides,
  debateArguments,
  events,
  legalSources,
  positions,
  quotes,
} from "../schema";
import { isPublic, visible } from "./_shared";
import { getResolvedAnchors } from "./anchors";
import { getKeyPassages } from "./legal-sources";

export type RelationEnd = { type: "argument" | "position" | "event"; id: string; label: string };

/**
 * One published argument with everything a reader follows from it: its position, the law
 * it cites (Bluebook with pinpoint), the events it rests on, the quotes that voice it
 * (anchored in their documents), what it supports or attacks and what supports or attacks it.
 */
export async function getArgumentById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: debateArguments.id,
      claim: debateArguments.claim,
      explanation: debateArguments.explanation,
      derivedFrom: debateArguments.derivedFrom,
      placementNote: debateArguments.placementNote,
      positionId: positions.id,
      positionTitle: positions.title,
      positionStance: positions.stance,
      caseSlug: cases.slug,
      caseTitle: cases.title,
      updatedAt: debateArguments.updatedAt,
    })
    .from(debateArguments)
    .innerJoin(positions, eq(positions.id, debateArguments.positionId))
    .innerJoin(cases, eq(cases.id, positions.caseId))
    .where(and(eq(debateArguments.id, id), isPublic(debateArguments), isPublic(positions), isPublic(cases)));
  if (!row) return null;

  const [attributedTo, citationRows, eventRows, quoteRows, [outgoing, incoming], clashRows] = await Promise.all([
    db
      .select({ id: actors.id, name: actors.name, kind: actors.kind })
      .from(argumentAttributions)
      .innerJoin(actors, eq(actors.id, argumentAttributions.actorId))
      .where(and(eq(argumentAttributions.argumentId, id), isPublic(actors)))
      .orderBy(asc(argumentAttributions.sortOrder)),
    db
      .select({
        id: citations.id,
        pinpoint: citations.pinpoint,
        use: citations.use,
        note: citations.note,
        sourceId: legalSources.id,
        sourceKind: legalSources.kind,
        shortTitle: legalSources.shortTitle,
        sourceCitation: legalSources.citation,
        citationParts: legalSources.citationParts,
        url: legalSources.url,
      })
      .from(citations)
      .innerJoin(legalSources, eq(legalSources.id, citations.legalSourceId))
      .where(and(eq(citations.argumentId, id), isPublic(citations), visible.legalSource(legalSources.id)))
      .orderBy(asc(citations.sortOrder), asc(citations.id)),
    db
      .select({
        id: events.id,
        title: events.title,
        kind: events.kind,
        date: events.date,
        endDate: events.endDate,
        datePrecision: events.datePrecision,
        place: events.place,
      })
      .from(argumentEvents)
      .innerJoin(events, eq(events.id, argumentEvents.eventId))
      .where(and(eq(argumentEvents.argumentId, id), visible.event(events.id)))
      .orderBy(asc(argumentEvents.sortOrder)),
    db
      .select({
        id: quotes.id,
        text: quotes.text,
        date: quotes.date,
        datePrecision: quotes.datePrecision,
        dateApproximate: quotes.dateApproximate,
        fragment: quotes.fragment,
        textNote: quotes.textNote,
        sourceUrl: quotes.sourceUrl,
        reportedBy: quotes.reportedBy,
        verifiedBy: quotes.verifiedBy,
        verifiedOn: quotes.verifiedOn,
        anchorId: quotes.anchorId,
        speakerId: actors.id,
        speakerName: actors.name,
      })
      .from(argumentQuotes)
      .innerJoin(quotes, eq(quotes.id, argumentQuotes.quoteId))
      .innerJoin(actors, eq(actors.id, quotes.speakerId))
      .where(and(eq(argumentQuotes.argumentId, id), visible.quote(quotes.id)))
      .orderBy(asc(argumentQuotes.sortOrder)),
    Promise.all([getRelationTree(db, id, "outgoing"), getRelationTree(db, id, "incoming")]),
    db
      .select({ id: clashes.id, question: clashes.question, sideId: clashSides.id, sideLabel: clashSides.label })
      .from(clashSideArguments)
      .innerJoin(clashSides, eq(clashSides.id, clashSideArguments.clashSideId))
      .innerJoin(clashes, eq(clashes.id, clashSides.clashId))
      .where(and(eq(clashSideArguments.argumentId, id), visible.clashSide(clashSides.id)))
      .orderBy(asc(clashes.sortOrder)),
  ]);

  const [anchorsById, passages] = await Promise.all([
    getResolvedAnchors(
      db,
      quoteRows.flatMap((q) => (q.anchorId ? [q.anchorId] : [])),
    ),
    getKeyPassages(db, [...new Set(citationRows.map((c) => c.sourceId))]),
  ]);

  const { updatedAt, ...argument } = row;
  return {
    ...argument,
    /** The day it was last changed (UTC), for citations. */
    updatedOn: updatedAt.toISOString().slice(0, 10),
    attributedTo,
    citations: citationRows.map(({ citationParts, sourceCitation, sourceId, sourceKind, shortTitle, url, ...c }) => ({
      ...c,
      formatted: formatCitation(citationParts, c.pinpoint),
      source: { id: sourceId, kind: sourceKind, shortTitle, citation: sourceCitation, url },
      /** The source's own words at this pinpoint. */
      passages: passages.filter((p) => p.legalSourceId === sourceId && pinpointsOverlap(p.pinpoint, c.pinpoint)),
    })),
    events: eventRows,
    quotes: quoteRows.map(({ anchorId, speakerId, speakerName, ...q }) => ({
      ...q,
      speaker: { id: speakerId, name: speakerName },
      anchor: anchorId ? (anchorsById.get(anchorId) ?? null) : null,
    })),
    relations: {
      outgoing: outgoing.map(({ end, ...r }) => ({ ...r, target: end })),
      incoming: incoming.map(({ end, ...r }) => ({ ...r, source: end })),
    },
    clashes: clashRows,
  };
}

/** Labels for the published ends of relations, keyed "type:id"; unpublished ends are absent. */
export async function relationEndLabels(
  db: Db,
  relations: {
    fromArgumentId: string | null;
    fromPositionId: string | null;
    toArgumentId: string | null;
    toPositionId: string | null;
    toEventId: string | null;
  }[],
): Promise<Map<string, RelationEnd>> {
  const argumentIds = [
    ...new Set(relations.flatMap((r) => [r.fromArgumentId, r.toArgumentId]).filter((x): x is string => !!x)),
  ];
  const positionIds = [
    ...new Set(relations.flatMap((r) => [r.fromPositionId, r.toPositionId]).filter((x): x is string => !!x)),
  ];
  const eventIds = [...new Set(relations.map((r) => r.toEventId).filter((x): x is string => !!x))];
  const [a, p, e] = await Promise.all([
    argumentIds.length
      ? db
          .select({ id: debateArguments.id, label: debateArguments.claim })
          .from(debateArguments)
          .where(and(inArray(debateArguments.id, argumentIds), visible.argument(debateArguments.id)))
      : [],
    positionIds.length
      ? db
          .select({ id: positions.id, label: positions.title })
          .from(positions)
          .where(and(inArray(positions.id, positionIds), visible.position(positions.id)))
      : [],
    eventIds.length
      ? db
          .select({ id: events.id, label: events.title })
          .from(events)
          .where(and(inArray(events.id, eventIds), visible.event(events.id)))
      : [],
  ]);
  const out = new Map<string, RelationEnd>();
  for (const [type, rows] of [
    ["argument", a],
    ["position", p],
    ["event", e],
  ] as const) {
    for (const r of rows) out.set(`${type}:${r.id}`, { type, id: r.id, label: r.label });
  }
  return out;
}

export interface RelationTreeNode {
  id: string;
  kind: "supports" | "rebuts" | "undercuts" | "qualifies";
  note: string | null;
  inferred: boolean;
  /** The other end: what this argument points at (outgoing) or what points at it (incoming). */
  end: RelationEnd;
  children: RelationTreeNode[];
}

/**
 * The published relations around an argument as a tree, `depth` levels deep: for
 * "incoming", what supports or attacks it, then what supports or attacks those; for
 * "outgoing", what it supports or attacks, and onward. Only arguments are expanded
 * (positions and events are leaves), and no argument is expanded twice.
 */
export async function getRelationTree(
  db: Db,
  rootId: string,
  direction: "incoming" | "outgoing",
  depth = 3,
): Promise<RelationTreeNode[]> {
  const expanded = new Set<string>([rootId]);
  const childrenOf = new Map<string, RelationTreeNode[]>();
  let frontier = [rootId];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const near = direction === "incoming" ? argumentRelations.toArgumentId : argumentRelations.fromArgumentId;
    const rows = await db
      .select({
        id: argumentRelations.id,
        kind: argumentRelations.kind,
        note: argumentRelations.note,
        inferred: argumentRelations.inferred,
        fromArgumentId: argumentRelations.fromArgumentId,
        fromPositionId: argumentRelations.fromPositionId,
        toArgumentId: argumentRelations.toArgumentId,
        toPositionId: argumentRelations.toPositionId,
        toEventId: argumentRelations.toEventId,
      })
      .from(argumentRelations)
      .where(and(inArray(near, frontier), isPublic(argumentRelations)))
      .orderBy(asc(argumentRelations.sortOrder), asc(argumentRelations.id));
    const ends = await relationEndLabels(db, rows);
    const endOf = (type: RelationEnd["type"], endId: string | null) =>
      endId ? (ends.get(`${type}:${endId}`) ?? null) : null;
    const next: string[] = [];
    for (const r of rows) {
      const end =
        direction === "incoming"
          ? (endOf("argument", r.fromArgumentId) ?? endOf("position", r.fromPositionId))
          : (endOf("argument", r.toArgumentId) ?? endOf("position", r.toPositionId) ?? endOf("event", r.toEventId));
      const parentId = direction === "incoming" ? r.toArgumentId! : r.fromArgumentId!;
      if (!end) continue;
      const node: RelationTreeNode = { id: r.id, kind: r.kind, note: r.note, inferred: r.inferred, end, children: [] };
      const list = childrenOf.get(parentId) ?? [];
      list.push(node);
      childrenOf.set(parentId, list);
      if (end.type === "argument" && !expanded.has(end.id)) {
        expanded.add(end.id);
        next.push(end.id);
      }
    }
    frontier = next;
  }
  const attach = (nodes: RelationTreeNode[], seen: Set<string>): RelationTreeNode[] =>
    nodes.map((n) => {
      if (n.end.type !== "argument" || seen.has(n.end.id)) return n;
      const below = childrenOf.get(n.end.id) ?? [];
      return { ...n, children: attach(below, new Set([...seen, n.end.id])) };
    });
  return attach(childrenOf.get(rootId) ?? [], new Set([rootId]));
}
