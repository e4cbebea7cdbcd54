import { and, asc, eq, inArray } from "drizzle-orm";
import { formatCitation } from "@/lib/bluebook";
import type { ComparisonInput } from "@/lib/compare";
import type { Db } from "../client";
import {
  actors,
  argumentQuotes,
  citations,
  debateArguments,
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

  const [holderRows, argumentRows] = await Promise.all([
    db
      .select({ positionId: positionActors.positionId, id: actors.id, name: actors.name })
      .from(positionActors)
      .innerJoin(actors, eq(actors.id, positionActors.actorId))
      .where(and(inArray(positionActors.positionId, positionIds), eq(positionActors.role, "holder"), isPublic(actors)))
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
          })
          .from(argumentQuotes)
          .innerJoin(quotes, eq(quotes.id, argumentQuotes.quoteId))
          .innerJoin(actors, eq(actors.id, quotes.speakerId))
          .where(and(inArray(argumentQuotes.argumentId, argumentIds), visible.quote(quotes.id)))
          .orderBy(asc(argumentQuotes.sortOrder)),
      ])
    : [[], []];

  const holdersBy = groupBy(holderRows, (h) => h.positionId);
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
  };
  return {
    case: { slug: found.slug, title: found.title },
    allPositions: found.positions.map((p) => ({ id: p.id, title: p.title })),
    input,
  };
}
