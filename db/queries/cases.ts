import { and, asc, count, countDistinct, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import {
  actors,
  cases,
  citations,
  clashes,
  clashSideArguments,
  clashSidePositions,
  clashSides,
  debateArguments,
  documents,
  events,
  legalSources,
  positionActors,
  positions,
  promptClashes,
  prompts,
  quotes,
} from "../schema";
import { groupBy, isPublic, visible } from "./_shared";

/** Published cases, newest first, with the fields a list needs. */
export function listCases(db: Db) {
  return db
    .select({
      id: cases.id,
      slug: cases.slug,
      title: cases.title,
      summary: cases.summary,
      startDate: cases.startDate,
      endDate: cases.endDate,
    })
    .from(cases)
    .where(isPublic(cases))
    .orderBy(desc(cases.startDate), asc(cases.title));
}

/** One published case by slug: summary, article, positions with holders and arguments, clashes, prompts, counts. */
export async function getCaseBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      id: cases.id,
      slug: cases.slug,
      title: cases.title,
      summary: cases.summary,
      startDate: cases.startDate,
      endDate: cases.endDate,
      dateNote: cases.dateNote,
      timelineStart: cases.timelineStart,
      timelineEnd: cases.timelineEnd,
      nameVariants: cases.nameVariants,
    })
    .from(cases)
    .where(and(eq(cases.slug, slug), isPublic(cases)));
  if (!row) return null;

  const [article] = await db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(and(eq(documents.caseId, row.id), eq(documents.isCaseArticle, true), isPublic(documents)));

  const positionRows = await db
    .select({
      id: positions.id,
      title: positions.title,
      summary: positions.summary,
      stance: positions.stance,
      legalFrame: positions.legalFrame,
    })
    .from(positions)
    .where(and(eq(positions.caseId, row.id), isPublic(positions)))
    .orderBy(asc(positions.sortOrder), asc(positions.id));
  const positionIds = positionRows.map((p) => p.id);

  const [holderRows, argumentRows, clashRows, promptRows] = await Promise.all([
    positionIds.length
      ? db
          .select({ positionId: positionActors.positionId, role: positionActors.role, id: actors.id, name: actors.name, kind: actors.kind })
          .from(positionActors)
          .innerJoin(actors, eq(actors.id, positionActors.actorId))
          .where(and(inArray(positionActors.positionId, positionIds), isPublic(actors)))
          .orderBy(asc(positionActors.sortOrder))
      : [],
    positionIds.length
      ? db
          .select({ id: debateArguments.id, positionId: debateArguments.positionId, claim: debateArguments.claim })
          .from(debateArguments)
          .where(and(inArray(debateArguments.positionId, positionIds), isPublic(debateArguments)))
          .orderBy(asc(debateArguments.sortOrder), asc(debateArguments.id))
      : [],
    db
      .select({ id: clashes.id, question: clashes.question })
      .from(clashes)
      .where(and(eq(clashes.caseId, row.id), isPublic(clashes)))
      .orderBy(asc(clashes.sortOrder), asc(clashes.id)),
    db
      .select({ id: prompts.id, prompt: prompts.prompt })
      .from(prompts)
      .where(and(eq(prompts.caseId, row.id), isPublic(prompts)))
      .orderBy(asc(prompts.sortOrder), asc(prompts.id)),
  ]);

  const clashIds = clashRows.map((c) => c.id);
  const sideRows = clashIds.length
    ? await db
        .select({ id: clashSides.id, clashId: clashSides.clashId, label: clashSides.label })
        .from(clashSides)
        .where(and(inArray(clashSides.clashId, clashIds), isPublic(clashSides)))
        .orderBy(asc(clashSides.sortOrder))
    : [];
  const sideIds = sideRows.map((s) => s.id);
  const promptIds = promptRows.map((p) => p.id);
  const [sidePositionRows, sideArgumentRows, promptClashRows, counts] = await Promise.all([
    sideIds.length
      ? db
          .select({ sideId: clashSidePositions.clashSideId, id: positions.id, title: positions.title })
          .from(clashSidePositions)
          .innerJoin(positions, eq(positions.id, clashSidePositions.positionId))
          .where(and(inArray(clashSidePositions.clashSideId, sideIds), visible.position(positions.id)))
          .orderBy(asc(clashSidePositions.sortOrder))
      : [],
    sideIds.length
      ? db
          .select({ sideId: clashSideArguments.clashSideId, id: debateArguments.id, claim: debateArguments.claim, positionId: debateArguments.positionId })
          .from(clashSideArguments)
          .innerJoin(debateArguments, eq(debateArguments.id, clashSideArguments.argumentId))
          .where(and(inArray(clashSideArguments.clashSideId, sideIds), visible.argument(debateArguments.id)))
          .orderBy(asc(clashSideArguments.sortOrder))
      : [],
    promptIds.length
      ? db
          .select({ promptId: promptClashes.promptId, clashId: promptClashes.clashId })
          .from(promptClashes)
          .where(inArray(promptClashes.promptId, promptIds))
          .orderBy(asc(promptClashes.sortOrder))
      : [],
    caseCounts(db, row.id),
  ]);

  const holdersBy = groupBy(holderRows, (h) => h.positionId);
  const argumentsBy = groupBy(argumentRows, (a) => a.positionId);
  const sidesBy = groupBy(sideRows, (s) => s.clashId);
  const sidePositionsBy = groupBy(sidePositionRows, (s) => s.sideId);
  const sideArgumentsBy = groupBy(sideArgumentRows, (s) => s.sideId);
  const promptClashesBy = groupBy(promptClashRows, (p) => p.promptId);
  const visibleClash = new Set(clashIds);

  return {
    ...row,
    article: article ?? null,
    positions: positionRows.map((p) => {
      const people = holdersBy.get(p.id) ?? [];
      return {
        ...p,
        holders: people.filter((h) => h.role === "holder").map(({ id, name, kind }) => ({ id, name, kind })),
        discussants: people.filter((h) => h.role === "discussant").map(({ id, name, kind }) => ({ id, name, kind })),
        arguments: (argumentsBy.get(p.id) ?? []).map(({ id, claim }) => ({ id, claim })),
      };
    }),
    clashes: clashRows.map((c) => ({
      ...c,
      sides: (sidesBy.get(c.id) ?? []).map((s) => ({
        id: s.id,
        label: s.label,
        positions: (sidePositionsBy.get(s.id) ?? []).map(({ id, title }) => ({ id, title })),
        arguments: (sideArgumentsBy.get(s.id) ?? []).map(({ id, claim, positionId }) => ({ id, claim, positionId })),
      })),
    })),
    prompts: promptRows.map((p) => ({
      ...p,
      clashIds: (promptClashesBy.get(p.id) ?? []).map((c) => c.clashId).filter((id) => visibleClash.has(id)),
    })),
    counts,
  };
}

/** How much of each kind the case holds, published rows only. */
async function caseCounts(db: Db, caseId: string) {
  const [[p], [a], [c], [e], [q], [k], [pr]] = await Promise.all([
    db.select({ n: count() }).from(positions).where(and(eq(positions.caseId, caseId), isPublic(positions))),
    db
      .select({ n: count() })
      .from(debateArguments)
      .innerJoin(positions, eq(positions.id, debateArguments.positionId))
      .where(and(eq(positions.caseId, caseId), isPublic(positions), isPublic(debateArguments))),
    db
      .select({ n: countDistinct(citations.legalSourceId) })
      .from(citations)
      .innerJoin(debateArguments, eq(debateArguments.id, citations.argumentId))
      .innerJoin(positions, eq(positions.id, debateArguments.positionId))
      .innerJoin(legalSources, eq(legalSources.id, citations.legalSourceId))
      .where(and(eq(positions.caseId, caseId), isPublic(positions), isPublic(debateArguments), isPublic(citations), visible.legalSource(legalSources.id))),
    db.select({ n: count() }).from(events).where(and(eq(events.caseId, caseId), isPublic(events))),
    db.select({ n: count() }).from(quotes).where(and(eq(quotes.caseId, caseId), isPublic(quotes), visible.actor(quotes.speakerId))),
    db.select({ n: count() }).from(clashes).where(and(eq(clashes.caseId, caseId), isPublic(clashes))),
    db.select({ n: count() }).from(prompts).where(and(eq(prompts.caseId, caseId), isPublic(prompts))),
  ]);
  return {
    positions: p?.n ?? 0,
    arguments: a?.n ?? 0,
    legalSources: c?.n ?? 0,
    events: e?.n ?? 0,
    quotes: q?.n ?? 0,
    clashes: k?.n ?? 0,
    prompts: pr?.n ?? 0,
  };
}

/** The published case's internal id for a slug, or null. */
export async function findCaseIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.slug, slug), isPublic(cases)));
  return row?.id ?? null;
}
