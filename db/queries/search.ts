import { sql, type SQL } from "drizzle-orm";
import type { LegalSourceKind } from "@/lib/bluebook";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  normalizeSearchText,
  type SearchHit,
  type SearchKind,
} from "@/lib/search-query";
import type { Db } from "../client";
import { rawRows } from "./_raw";
import { visible } from "./_shared";

export interface SearchParams {
  text: string;
  kind?: SearchKind;
  caseSlug?: string;
  sourceKind?: LegalSourceKind;
  limit: number;
  offset: number;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  total: number;
  /** True when full-text search found nothing and these are near spellings instead. */
  fuzzy: boolean;
  facets: {
    kind: { value: SearchKind; count: number }[];
    case: { value: string; label: string; count: number }[];
    sourceKind: { value: LegalSourceKind; count: number }[];
  };
}

const pub = (alias: string) => sql.raw(`${alias}.status = 'published' and ${alias}.deleted_at is null`);

/**
 * Every published row the query matches, as one relation with the same columns:
 * kind, id, case, source kind, title, body (for the snippet), rank and link fields.
 * A legal source matches by its own words or by those of its key passages.
 * `match(alias)` is the condition a row must meet; `rank(alias)` orders the hits.
 */
function hitsUnion(
  match: (alias: string) => SQL,
  rank: (alias: string) => SQL,
  boostSource: SQL,
  boostTitle: (title: string) => SQL,
): SQL {
  return sql`
    select 'argument'::text as kind, a.id, c.slug as case_slug, c.title as case_title, null::text as source_kind,
           a.claim as title, a.claim || ' ' || a.explanation as body, ${rank("a")} + ${boostTitle("a.claim")} as rank, null::text as anchor_id, null::text as speaker_id
      from arguments a join positions p on p.id = a.position_id join cases c on c.id = p.case_id
     where ${pub("a")} and ${pub("p")} and ${pub("c")} and ${match("a")}
    union all
    select 'position', p.id, c.slug, c.title, null, p.title, p.summary, ${rank("p")} + ${boostTitle("p.title")}, null, null
      from positions p join cases c on c.id = p.case_id
     where ${pub("p")} and ${pub("c")} and ${match("p")}
    union all
    select 'legal_source', s.id, null, null, s.kind::text, s.short_title, s.citation || ' — ' || s.summary, ${rank("s")} + ${boostSource}, null, null
      from legal_sources s
     where ${visible.legalSource(sql.raw("s.id"))} and ${match("s")}
    union all
    select 'legal_source', s.id, null, null, s.kind::text, s.short_title, s.citation || ' — ' || kp.texts, kp.rank + ${boostSource}, null, null
      from (select k.legal_source_id, string_agg(k.text, ' … ' order by k.sort_order) as texts, max(${rank("k")}) as rank
              from key_passages k where ${pub("k")} and ${match("k")} group by k.legal_source_id) kp
      join legal_sources s on s.id = kp.legal_source_id
     where ${visible.legalSource(sql.raw("s.id"))} and not ${match("s")}
    union all
    select 'event', e.id, c.slug, c.title, null, e.title, e.summary, ${rank("e")} + ${boostTitle("e.title")}, null, null
      from events e join cases c on c.id = e.case_id
     where ${pub("e")} and ${pub("c")} and ${match("e")}
    union all
    select 'quote', q.id, c.slug, c.title, null, ac.name, q.text, ${rank("q")},
           case when ${visible.anchor(sql.raw("q.anchor_id"))} then q.anchor_id end, q.speaker_id
      from quotes q join cases c on c.id = q.case_id join actors ac on ac.id = q.speaker_id
     where ${pub("q")} and ${pub("c")} and ${pub("ac")} and ${match("q")}
    union all
    select 'actor', ac.id, null, null, null, ac.name, coalesce(ac.role, '') || ' ' || coalesce(ac.summary, ''), ${rank("ac")} + 3 * ${boostTitle("ac.name")}, null, null
      from actors ac
     where ${pub("ac")} and ${match("ac")}
    union all
    select 'document', d.id, c.slug, c.title, null, d.title, d.text, ${rank("d")}, null, null
      from documents d join cases c on c.id = d.case_id
     where ${pub("d")} and ${pub("c")} and ${match("d")}`;
}

/** Whether a hit belongs to the case: by its own case, or (sources, actors) by what the case cites or quotes. */
function inCase(caseSlug: string): SQL {
  return sql`(
    h.case_slug = ${caseSlug}
    or (h.kind = 'legal_source' and exists (
      select 1 from citations ci join arguments a on a.id = ci.argument_id join positions p on p.id = a.position_id join cases c on c.id = p.case_id
       where ci.legal_source_id = h.id and c.slug = ${caseSlug} and ${pub("ci")} and ${visible.argument(sql.raw("a.id"))}))
    or (h.kind = 'actor' and exists (
      select 1 from position_actors pa join positions p on p.id = pa.position_id join cases c on c.id = p.case_id
       where pa.actor_id = h.id and c.slug = ${caseSlug} and ${pub("p")} and ${pub("c")}
      union all
      select 1 from quotes q join cases c on c.id = q.case_id where q.speaker_id = h.id and c.slug = ${caseSlug} and ${pub("q")} and ${pub("c")}))
  )`;
}

interface Row {
  kind: SearchKind;
  id: string;
  case_slug: string | null;
  case_title: string | null;
  source_kind: LegalSourceKind | null;
  title: string;
  snippet: string;
  rank: number | string;
  anchor_id: string | null;
  speaker_id: string | null;
}

async function runSearch(db: Db, params: SearchParams, hits: SQL, headline: (body: SQL) => SQL) {
  const filters: SQL[] = [sql`true`];
  if (params.kind) filters.push(sql`h.kind = ${params.kind}`);
  if (params.sourceKind) filters.push(sql`h.source_kind = ${params.sourceKind}`);
  if (params.caseSlug) filters.push(inCase(params.caseSlug));
  const where = sql.join(filters, sql` and `);

  const [page, facetRows] = await Promise.all([
    rawRows<Row & { total: number | string }>(
      db,
      sql`with h as (${hits}), f as (select * from h where ${where})
          select f.kind, f.id, f.case_slug, f.case_title, f.source_kind, f.title, ${headline(sql`f.body`)} as snippet,
                 f.rank, f.anchor_id, f.speaker_id, count(*) over () as total
            from f
           order by f.rank desc, f.kind, f.id
           limit ${params.limit} offset ${params.offset}`,
    ),
    rawRows<{ facet: string; value: string; label: string | null; count: number | string }>(
      db,
      sql`with h as (${hits})
          select 'kind' as facet, kind as value, null as label, count(*) as count from h group by kind
          union all
          select 'case', case_slug, min(case_title), count(*) from h where case_slug is not null group by case_slug
          union all
          select 'source_kind', source_kind, null, count(*) from h where source_kind is not null group by source_kind`,
    ),
  ]);
  let total = Number(page[0]?.total ?? 0);
  if (page.length === 0 && params.offset > 0) {
    const [row] = await rawRows<{ n: number | string }>(
      db,
      sql`with h as (${hits}) select count(*) as n from h where ${where}`,
    );
    total = Number(row?.n ?? 0);
  }
  const facet = (name: string) =>
    facetRows.filter((r) => r.facet === name).sort((a, b) => Number(b.count) - Number(a.count));
  return {
    hits: page.map((r) => ({
      kind: r.kind,
      id: r.id,
      caseSlug: r.case_slug,
      caseTitle: r.case_title,
      sourceKind: r.source_kind,
      title: r.title,
      snippet: r.snippet,
      rank: Number(r.rank),
      anchorId: r.anchor_id,
      speakerId: r.speaker_id,
    })),
    total,
    facets: {
      kind: facet("kind").map((r) => ({ value: r.value as SearchKind, count: Number(r.count) })),
      case: facet("case").map((r) => ({ value: r.value, label: r.label ?? r.value, count: Number(r.count) })),
      sourceKind: facet("source_kind").map((r) => ({ value: r.value as LegalSourceKind, count: Number(r.count) })),
    },
  };
}

/**
 * Full-text search over arguments, positions, legal sources, events, quotes, actors and
 * documents: websearch syntax ("quoted phrases", -exclude, or), ranked with weights
 * (titles and citations above bodies), a citation that contains the typed text ranked
 * first, highlighted snippets, and facets. When nothing matches, it falls back to
 * trigram similarity on short fields (names, titles, citations) to forgive typos.
 */
export async function search(db: Db, params: SearchParams): Promise<SearchResult> {
  const text = normalizeSearchText(params.text);
  const empty: SearchResult = {
    query: text,
    hits: [],
    total: 0,
    fuzzy: false,
    facets: { kind: [], case: [], sourceKind: [] },
  };
  if (!text) return empty;

  const tsq = sql`websearch_to_tsquery('english', ${text})`;
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Where the typed text stands in a title or citation as typed, that row leads.
  const fullText = hitsUnion(
    (a) => sql`${sql.raw(a)}.search_vector @@ ${tsq}`,
    (a) => sql`ts_rank_cd(${sql.raw(a)}.search_vector, ${tsq}, 1)`,
    sql`case when s.citation ilike ${like} or s.short_title ilike ${like} then 1.0
             when wpe_immutable_array_to_string(s.also_known_as, ' ') ilike ${like} then 0.5 else 0 end`,
    (title) => sql`case when ${sql.raw(title)} ilike ${like} then 0.5 else 0 end`,
  );
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await runSearch(
    db,
    params,
    fullText,
    (body) => sql`ts_headline('english', ${body}, ${tsq}, ${options})`,
  );
  if (result.total > 0 || result.facets.kind.length > 0 || text.length < 3)
    return { query: text, fuzzy: false, ...result };

  // Nothing matched as words: try near spellings of names, titles and citations ("Kain" → Kaine).
  const near = (alias: string, column: string) => sql.raw(`${alias}.${column}`);
  const fuzzyMatch = (a: string): SQL => {
    switch (a) {
      case "s":
        return sql`(${text} <% ${near(a, "short_title")} or ${text} <% ${near(a, "citation")})`;
      case "ac":
        return sql`${text} <% ${near(a, "name")}`;
      case "e":
      case "p":
        return sql`${text} <% ${near(a, "title")}`;
      default:
        return sql`false`;
    }
  };
  const fuzzyRank = (a: string): SQL => {
    switch (a) {
      case "s":
        return sql`greatest(word_similarity(${text}, s.short_title), word_similarity(${text}, s.citation))`;
      case "ac":
        return sql`word_similarity(${text}, ac.name)`;
      case "e":
      case "p":
        return sql`word_similarity(${text}, ${near(a, "title")})`;
      default:
        return sql`0`;
    }
  };
  const fuzzy = hitsUnion(fuzzyMatch, fuzzyRank, sql`0`, () => sql`0`);
  // "Kane" is 0.6 similar to "Kaine": a little below pg_trgm's default cut-off for <%.
  const near_ = await db.transaction(async (tx) => {
    await tx.execute(sql`set local pg_trgm.word_similarity_threshold = 0.5`);
    return runSearch(tx, params, fuzzy, () => sql`left(f.body, 240)`);
  });
  return { query: text, fuzzy: near_.total > 0 || near_.facets.kind.length > 0, ...near_ };
}
