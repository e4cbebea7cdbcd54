import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
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
  positionActors,
  positions,
  promptClashes,
  prompts,
  quotes,
} from "../schema";
import { readRows } from "./_raw";
import { aliased, isPublic, jsonArray, jsonObject, updatedOn, visible } from "./_shared";

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

type Actor = typeof actors.$inferSelect;
type Position = typeof positions.$inferSelect;
type Brief<T, K extends keyof T> = Pick<T, K>;

/** One published case with everything its front page shows (getCaseBySlug). */
export interface CaseDetail {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startDate: string | null;
  endDate: string | null;
  dateNote: string | null;
  timelineStart: string | null;
  timelineEnd: string | null;
  nameVariants: Record<string, string[]>;
  /** The day the case itself last changed (UTC). */
  updatedOn: string;
  article: { id: string; title: string } | null;
  positions: (Brief<Position, "id" | "title" | "summary" | "stance" | "legalFrame"> & {
    holders: Brief<Actor, "id" | "name" | "kind">[];
    discussants: Brief<Actor, "id" | "name" | "kind">[];
    arguments: { id: string; claim: string }[];
  })[];
  clashes: {
    id: string;
    question: string;
    sides: {
      id: string;
      label: string;
      positions: { id: string; title: string }[];
      arguments: { id: string; claim: string; positionId: string }[];
    }[];
  }[];
  prompts: { id: string; prompt: string; clashIds: string[] }[];
  counts: Record<"positions" | "arguments" | "legalSources" | "events" | "quotes" | "clashes" | "prompts", number>;
}

// Aliases for the one-statement read below, so nested subqueries never shadow each other.
const [c, cFrom] = aliased(cases, "c");
const [doc, docFrom] = aliased(documents, "doc");
const [pos, posFrom] = aliased(positions, "pos");
const [holder, holderFrom] = aliased(positionActors, "holder");
const [person, personFrom] = aliased(actors, "person");
const [arg, argFrom] = aliased(debateArguments, "arg");
const [clash, clashFrom] = aliased(clashes, "clash");
const [side, sideFrom] = aliased(clashSides, "side");
const [sidePos, sidePosFrom] = aliased(clashSidePositions, "side_pos");
const [sideArg, sideArgFrom] = aliased(clashSideArguments, "side_arg");
const [sidePosition, sidePositionFrom] = aliased(positions, "side_position");
const [sideArgument, sideArgumentFrom] = aliased(debateArguments, "side_argument");
const [prompt, promptFrom] = aliased(prompts, "prompt");
const [promptClash, promptClashFrom] = aliased(promptClashes, "prompt_clash");
const [promptClashTarget, promptClashTargetFrom] = aliased(clashes, "prompt_clash_target");

/** A position's actors in one role, in their order. */
const actorsAs = (role: "holder" | "discussant") =>
  jsonArray(
    jsonObject({ id: person.id, name: person.name, kind: person.kind }),
    sql`from ${holderFrom} join ${personFrom} on ${person.id} = ${holder.actorId} where ${holder.positionId} = ${pos.id} and ${holder.role} = ${role} and ${isPublic(person)}`,
    sql`${holder.sortOrder}`,
  );

/**
 * One published case by slug: summary, article, positions with holders and arguments,
 * clashes, prompts, counts. One statement: a cold render of the case page waits on one
 * round trip for all of it (docs/performance.md).
 */
export async function getCaseBySlug(db: Db, slug: string): Promise<CaseDetail | null> {
  const [row] = await readRows<{ data: CaseDetail }>(
    db,
    sql`select ${jsonObject({
      id: c.id,
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      startDate: c.startDate,
      endDate: c.endDate,
      dateNote: c.dateNote,
      timelineStart: c.timelineStart,
      timelineEnd: c.timelineEnd,
      nameVariants: c.nameVariants,
      updatedOn: updatedOn(c),
      article: sql`(select ${jsonObject({ id: doc.id, title: doc.title })} from ${docFrom}
      where ${doc.caseId} = ${c.id} and ${doc.isCaseArticle} and ${isPublic(doc)} order by ${doc.id} limit 1)`,
      positions: jsonArray(
        jsonObject({
          id: pos.id,
          title: pos.title,
          summary: pos.summary,
          stance: pos.stance,
          legalFrame: pos.legalFrame,
          holders: actorsAs("holder"),
          discussants: actorsAs("discussant"),
          arguments: jsonArray(
            jsonObject({ id: arg.id, claim: arg.claim }),
            sql`from ${argFrom} where ${arg.positionId} = ${pos.id} and ${isPublic(arg)}`,
            sql`${arg.sortOrder}, ${arg.id}`,
          ),
        }),
        sql`from ${posFrom} where ${pos.caseId} = ${c.id} and ${isPublic(pos)}`,
        sql`${pos.sortOrder}, ${pos.id}`,
      ),
      clashes: jsonArray(
        jsonObject({
          id: clash.id,
          question: clash.question,
          sides: jsonArray(
            jsonObject({
              id: side.id,
              label: side.label,
              positions: jsonArray(
                jsonObject({ id: sidePosition.id, title: sidePosition.title }),
                sql`from ${sidePosFrom} join ${sidePositionFrom} on ${sidePosition.id} = ${sidePos.positionId}
                where ${sidePos.clashSideId} = ${side.id} and ${visible.position(sidePosition.id)}`,
                sql`${sidePos.sortOrder}`,
              ),
              arguments: jsonArray(
                jsonObject({ id: sideArgument.id, claim: sideArgument.claim, positionId: sideArgument.positionId }),
                sql`from ${sideArgFrom} join ${sideArgumentFrom} on ${sideArgument.id} = ${sideArg.argumentId}
                where ${sideArg.clashSideId} = ${side.id} and ${visible.argument(sideArgument.id)}`,
                sql`${sideArg.sortOrder}`,
              ),
            }),
            sql`from ${sideFrom} where ${side.clashId} = ${clash.id} and ${isPublic(side)}`,
            sql`${side.sortOrder}`,
          ),
        }),
        sql`from ${clashFrom} where ${clash.caseId} = ${c.id} and ${isPublic(clash)}`,
        sql`${clash.sortOrder}, ${clash.id}`,
      ),
      prompts: jsonArray(
        jsonObject({
          id: prompt.id,
          prompt: prompt.prompt,
          // Only the clashes the reader can see, so a link never points at a hidden one.
          clashIds: jsonArray(
            sql`${promptClash.clashId}`,
            sql`from ${promptClashFrom} join ${promptClashTargetFrom} on ${promptClashTarget.id} = ${promptClash.clashId}
            where ${promptClash.promptId} = ${prompt.id} and ${promptClashTarget.caseId} = ${c.id} and ${isPublic(promptClashTarget)}`,
            sql`${promptClash.sortOrder}`,
          ),
        }),
        sql`from ${promptFrom} where ${prompt.caseId} = ${c.id} and ${isPublic(prompt)}`,
        sql`${prompt.sortOrder}, ${prompt.id}`,
      ),
      counts: caseCounts(c.id),
    })} as data from ${cFrom} where ${c.slug} = ${slug} and ${isPublic(c)}`,
  );
  return row?.data ?? null;
}

/** How much of each kind the case holds, published rows only: a JSON object of counts. */
function caseCounts(caseId: SQL | PgColumn): SQL {
  const n = (from: SQL) => sql`(select count(*) ${from})::int`;
  return jsonObject({
    positions: n(sql`from ${positions} where ${positions.caseId} = ${caseId} and ${isPublic(positions)}`),
    arguments: n(sql`from ${debateArguments} join ${positions} on ${positions.id} = ${debateArguments.positionId}
      where ${positions.caseId} = ${caseId} and ${isPublic(positions)} and ${isPublic(debateArguments)}`),
    legalSources: sql`(select count(distinct ${citations.legalSourceId}) from ${citations}
      join ${debateArguments} on ${debateArguments.id} = ${citations.argumentId}
      join ${positions} on ${positions.id} = ${debateArguments.positionId}
      where ${positions.caseId} = ${caseId} and ${isPublic(positions)} and ${isPublic(debateArguments)} and ${isPublic(citations)}
        and ${visible.legalSource(citations.legalSourceId)})::int`,
    events: n(sql`from ${events} where ${events.caseId} = ${caseId} and ${isPublic(events)}`),
    quotes: n(
      sql`from ${quotes} where ${quotes.caseId} = ${caseId} and ${isPublic(quotes)} and ${visible.actor(quotes.speakerId)}`,
    ),
    clashes: n(sql`from ${clashes} where ${clashes.caseId} = ${caseId} and ${isPublic(clashes)}`),
    prompts: n(sql`from ${prompts} where ${prompts.caseId} = ${caseId} and ${isPublic(prompts)}`),
  });
}

/** The published case's internal id for a slug, or null. */
export async function findCaseIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.slug, slug), isPublic(cases)));
  return row?.id ?? null;
}
