import { and, asc, eq, inArray } from "drizzle-orm";
import { formatCitation } from "@/lib/bluebook";
import type { BlindActor } from "@/lib/blind";
import type { ComparisonInput } from "@/lib/compare";
import type { Db } from "../client";
import {
  actors,
  argumentAttributions,
  argumentQuotes,
  citations,
  debateArguments,
  legalSourceActors,
  legalSources,
  positionActors,
  positions,
  quotes,
} from "../schema";
import { groupBy, isPublic, visible } from "./_shared";
import { getCaseBySlug } from "./cases";

/** Everything a comparison of the given positions of a case needs; null when the case or a position is not published. */
export async function getComparisonInput(db: Db, caseSlug: string, positionIds: string[]) {
  const found = await getCaseBySlug(db, caseSlug);
  if (!found) return null;
  const selected = positionIds.map((id) => found.positions.find((p) => p.id === id));
  if (selected.some((p) => !p)) return null;

  const actor = { id: actors.id, name: actors.name, kind: actors.kind, aliases: actors.aliases };
  const [positionActorRows, argumentRows] = await Promise.all([
    db
      .select({ positionId: positionActors.positionId, role: positionActors.role, ...actor })
      .from(positionActors)
      .innerJoin(actors, eq(actors.id, positionActors.actorId))
      .where(and(inArray(positionActors.positionId, positionIds), isPublic(actors)))
      .orderBy(asc(positionActors.sortOrder)),
    db
      .select({ id: debateArguments.id, positionId: debateArguments.positionId, claim: debateArguments.claim })
      .from(debateArguments)
      .innerJoin(positions, eq(positions.id, debateArguments.positionId))
      .where(and(inArray(debateArguments.positionId, positionIds), isPublic(debateArguments), isPublic(positions)))
      .orderBy(asc(debateArguments.sortOrder), asc(debateArguments.id)),
  ]);
  const argumentIds = argumentRows.map((a) => a.id);
  const [citationRows, quoteRows] = argumentIds.length
    ? await Promise.all([
        db
          .select({
            argumentId: citations.argumentId,
            sourceId: legalSources.id,
            sourceKind: legalSources.kind,
            shortTitle: legalSources.shortTitle,
            parts: legalSources.citationParts,
            pinpoint: citations.pinpoint,
            use: citations.use,
          })
          .from(citations)
          .innerJoin(legalSources, eq(legalSources.id, citations.legalSourceId))
          .where(
            and(inArray(citations.argumentId, argumentIds), isPublic(citations), visible.legalSource(legalSources.id)),
          )
          .orderBy(asc(citations.sortOrder)),
        db
          .select({
            argumentId: argumentQuotes.argumentId,
            id: quotes.id,
            text: quotes.text,
            date: quotes.date,
            datePrecision: quotes.datePrecision,
            fragment: quotes.fragment,
            speakerId: actors.id,
            speakerName: actors.name,
            speakerKind: actors.kind,
            speakerAliases: actors.aliases,
          })
          .from(argumentQuotes)
          .innerJoin(quotes, eq(quotes.id, argumentQuotes.quoteId))
          .innerJoin(actors, eq(actors.id, quotes.speakerId))
          .where(and(inArray(argumentQuotes.argumentId, argumentIds), visible.quote(quotes.id)))
          .orderBy(asc(argumentQuotes.sortOrder)),
      ])
    : [[], []];
  const citedIds = [...new Set(citationRows.map((c) => c.sourceId))];
  const [attributionRows, sourceActorRows] = await Promise.all([
    argumentIds.length
      ? db
          .select({ argumentId: argumentAttributions.argumentId, ...actor })
          .from(argumentAttributions)
          .innerJoin(actors, eq(actors.id, argumentAttributions.actorId))
          .where(and(inArray(argumentAttributions.argumentId, argumentIds), isPublic(actors)))
      : [],
    citedIds.length
      ? db
          .select({ sourceId: legalSourceActors.legalSourceId, ...actor })
          .from(legalSourceActors)
          .innerJoin(actors, eq(actors.id, legalSourceActors.actorId))
          .where(and(inArray(legalSourceActors.legalSourceId, citedIds), isPublic(actors)))
      : [],
  ]);

  // Everyone linked to a position, for blind mode: its holders and discussants, its arguments'
  // speakers and attributions, and the people behind the sources they cite.
  const positionOf = new Map(argumentRows.map((a) => [a.id, a.positionId]));
  const linked = new Map<string, BlindActor>();
  const link = (a: { id: string; name: string; kind: string; aliases: string[] }, positionId: string | undefined) => {
    const entry = linked.get(a.id) ?? { id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, positionIds: [] };
    if (positionId && !entry.positionIds.includes(positionId)) entry.positionIds.push(positionId);
    linked.set(a.id, entry);
  };
  for (const r of positionActorRows) link(r, r.positionId);
  for (const q of quoteRows)
    link(
      { id: q.speakerId, name: q.speakerName, kind: q.speakerKind, aliases: q.speakerAliases },
      positionOf.get(q.argumentId),
    );
  for (const r of attributionRows) link(r, positionOf.get(r.argumentId));
  for (const r of sourceActorRows)
    for (const c of citationRows.filter((x) => x.sourceId === r.sourceId)) link(r, positionOf.get(c.argumentId));

  const holdersBy = groupBy(
    positionActorRows.filter((r) => r.role === "holder"),
    (h) => h.positionId,
  );
  const argumentsBy = groupBy(argumentRows, (a) => a.positionId);
  const citationsBy = groupBy(citationRows, (c) => c.argumentId);
  const quotesBy = groupBy(quoteRows, (q) => q.argumentId);

  const input: ComparisonInput = {
    positions: selected.map((p) => ({
      id: p!.id,
      title: p!.title,
      summary: p!.summary,
      stance: p!.stance,
      legalFrame: p!.legalFrame,
      holders: (holdersBy.get(p!.id) ?? []).map(({ id, name }) => ({ id, name })),
      arguments: (argumentsBy.get(p!.id) ?? []).map((a) => ({
        id: a.id,
        claim: a.claim,
        citations: (citationsBy.get(a.id) ?? []).map((c) => ({
          sourceId: c.sourceId,
          sourceKind: c.sourceKind,
          shortTitle: c.shortTitle,
          formatted: formatCitation(c.parts, c.pinpoint),
          pinpoint: c.pinpoint,
          use: c.use,
        })),
        quotes: (quotesBy.get(a.id) ?? []).map((q) => ({
          id: q.id,
          text: q.text,
          date: q.date,
          datePrecision: q.datePrecision,
          fragment: q.fragment,
          speaker: { id: q.speakerId, name: q.speakerName },
        })),
      })),
    })),
    clashes: found.clashes.map((c) => ({
      id: c.id,
      question: c.question,
      sides: c.sides.map((s) => ({
        label: s.label,
        argumentIds: s.arguments.map((a) => a.id),
        positionIds: s.positions.map((p) => p.id),
      })),
    })),
    prompts: found.prompts.map((p) => ({ id: p.id, prompt: p.prompt, clashIds: p.clashIds })),
    actors: [...linked.values()],
    setting: found.title,
  };
  return {
    case: { slug: found.slug, title: found.title },
    allPositions: found.positions.map((p) => ({ id: p.id, title: p.title })),
    input,
  };
}
