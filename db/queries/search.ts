import { sql, type SQL } from "drizzle-orm";
import type { LegalSourceKind } from "@/lib/bluebook";
import { extractDates, type DateRange } from "@/lib/query-dates";
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  normalizeSearchText,
  pinpointForms,
  type SearchHit,
  type SearchKind,
} from "@/lib/search-query";
import { matchingText } from "@/lib/search-text";
import type { Db } from "../client";
import { rawRows } from "./_raw";
import { visible } from "./_shared";
import { compoundMatching, namedArticle } from "./search-forms";

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
  /** True when few rows hold every word, so rows holding most of them follow (each hit says which). */
  partial: boolean;
  /** The days the query names, which its rows of those days match and rise by. */
  dated: DateRange | null;
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
           a.claim as title, a.claim || ' ' || a.explanation as body, ${rank("a")} + ${boostTitle("a.claim")} as rank, null::text as anchor_id, null::text as speaker_id, null::text as citation
      from arguments a join positions p on p.id = a.position_id join cases c on c.id = p.case_id
     where ${pub("a")} and ${pub("p")} and ${pub("c")} and ${match("a")}
    union all
    select 'position', p.id, c.slug, c.title, null, p.title, p.summary, ${rank("p")} + ${boostTitle("p.title")}, null, null, null
      from positions p join cases c on c.id = p.case_id
     where ${pub("p")} and ${pub("c")} and ${match("p")}
    union all
    select 'legal_source', s.id, null, null, s.kind::text, s.short_title, s.citation || ' — ' || s.summary, ${rank("s")} + ${boostSource}, null, null, s.citation
      from legal_sources s
     where ${visible.legalSource(sql.raw("s.id"))} and ${match("s")}
    union all
    select 'legal_source', s.id, null, null, s.kind::text, s.short_title, s.citation || ' — ' || kp.texts, kp.rank + ${boostSource}, null, null, s.citation
      from (select k.legal_source_id, string_agg(k.text, ' … ' order by k.sort_order) as texts, max(${rank("k")}) as rank
              from key_passages k where ${pub("k")} and ${match("k")} group by k.legal_source_id) kp
      join legal_sources s on s.id = kp.legal_source_id
     where ${visible.legalSource(sql.raw("s.id"))} and not ${match("s")}
    union all
    select 'event', e.id, c.slug, c.title, null, e.title, e.summary, ${rank("e")} + ${boostTitle("e.title")}, null, null, null
      from events e join cases c on c.id = e.case_id
     where ${pub("e")} and ${pub("c")} and ${match("e")}
    union all
    select 'quote', q.id, c.slug, c.title, null, ac.name, q.text, ${rank("q")},
           case when ${visible.anchor(sql.raw("q.anchor_id"))} then q.anchor_id end, q.speaker_id, null
      from quotes q join cases c on c.id = q.case_id join actors ac on ac.id = q.speaker_id
     where ${pub("q")} and ${pub("c")} and ${pub("ac")} and ${match("q")}
    union all
    select 'actor', ac.id, null, null, null, ac.name, coalesce(ac.role, '') || ' ' || coalesce(ac.summary, ''), ${rank("ac")} + 3 * ${boostTitle("ac.name")}, null, null, null
      from actors ac
     where ${pub("ac")} and ${match("ac")}
    union all
    select 'document', d.id, c.slug, c.title, null, d.title, d.text, ${rank("d")}, null, null, null
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
  citation: string | null;
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
                 f.rank, f.anchor_id, f.speaker_id, f.citation, count(*) over () as total
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
      partial: false,
      anchorId: r.anchor_id,
      speakerId: r.speaker_id,
      citation: r.citation,
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
    partial: false,
    dated: null,
    facets: { kind: [], case: [], sourceKind: [] },
  };
  if (!text) return empty;

  // Dates in the query match and lift rows of those days; the rest of it is searched as words.
  const { text: words, range } = extractDates(text);
  const lift = dateLift(range);
  if (!words && range) {
    const dated = hitsUnion(
      (a) => (DATE_COLUMN[a] ? inRange(a, range) : sql`false`),
      () => sql`1`,
      sql`0`,
      () => sql`0`,
    );
    const result = await runSearch(db, params, dated, (body) => sql`left(${body}, 240)`);
    return { query: text, fuzzy: false, partial: false, dated: range, ...result };
  }
  const found = await searchWords(db, params, words, lift);
  return { ...found, query: text, dated: range };
}

/** Where each kind of row keeps its date (partial dates: YYYY, YYYY-MM or YYYY-MM-DD). */
const DATE_COLUMN: Record<string, string> = { e: "e.date", q: "q.date", s: "s.date", d: "d.publication_date" };

/** Whether a row's (partial) date falls within the range: "2021-02" is within Feb. 27, 2021 and holds it. */
function inRange(alias: string, range: DateRange): SQL {
  const column = sql.raw(DATE_COLUMN[alias]!);
  return sql`(${column} is not null and left(${range.from}, length(${column})) <= ${column} and ${column} <= left(${range.to}, length(${column})))`;
}

/** How much a row of the asked-for days rises: above any word rank, below a row holding every word. */
function dateLift(range: DateRange | null): (alias: string) => SQL {
  return (alias) => (range && DATE_COLUMN[alias] ? sql`case when ${inRange(alias, range)} then 2 else 0 end` : sql`0`);
}

async function searchWords(
  db: Db,
  params: SearchParams,
  text: string,
  lift: (alias: string) => SQL,
): Promise<Omit<SearchResult, "dated">> {
  // Words are matched on the text with its quote marks and dashes evened out; citations and
  // titles are compared with the text as typed.
  const words = matchingText(text);
  const tsq = sql`websearch_to_tsquery('english', ${words})`;
  const compounds = compoundMatching(words);
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Where the typed text stands in a title or citation as typed, that row leads.
  // A section pinpoint also finds the sources cited at a section holding it: § 1543(a)(1) is in § 1543(a).
  const pins = pinpointForms(text).map((form) => `%${form}`);
  const pinned = pins.length
    ? sql`s.citation ilike any(array[${sql.join(
        pins.map((p) => sql`${p}`),
        sql`, `,
      )}]::text[])`
    : null;
  // A source whose citation names the article the query names holds the words naming it.
  const article = namedArticle(words);
  const cited = [pinned, article?.found].filter((c) => c != null);
  const boostSource = sourceBoost(like, pinned, article, true);
  const fullText = hitsUnion(
    (a) =>
      a === "s" && cited.length
        ? sql`(${sql.join([compounds.matches(a, tsq), ...cited], sql` or `)})`
        : compounds.matches(a, tsq),
    (a) => sql`${compounds.rank(a, tsq)} + ${lift(a)}`,
    boostSource,
    (title) => sql`case when ${sql.raw(title)} ilike ${like} then 0.5 else 0 end`,
  );
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await runSearch(
    db,
    params,
    fullText,
    (body) => sql`ts_headline('english', ${body}, ${tsq}, ${options})`,
  );
  if (result.total >= FEW || text.length < 3) return { query: text, fuzzy: false, partial: false, ...result };

  // Few rows hold every word: rank those first, then the rows holding most of the words.
  const partial = await partialSearch(db, params, words, like, sourceBoost(like, null, article, false), lift);
  if (partial && partial.total > result.total) return { query: text, fuzzy: false, partial: true, ...partial };
  if (result.total > 0 || result.facets.kind.length > 0)
    return { query: text, fuzzy: false, partial: false, ...result };

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
  return { query: text, fuzzy: near_.total > 0 || near_.facets.kind.length > 0, partial: false, ...near_ };
}

/**
 * How far a legal source rises above its word rank for how the query names it: the typed text
 * standing in its citation or short title, in its other names, a pinpoint within its section,
 * the article its citation (or, less, its short title) names.
 */
function sourceBoost(
  like: string,
  pinned: SQL | null,
  article: ReturnType<typeof namedArticle>,
  alsoKnownAs: boolean,
): SQL {
  const when = [sql`when s.citation ilike ${like} or s.short_title ilike ${like} then 1.0`];
  if (alsoKnownAs) when.push(sql`when wpe_immutable_array_to_string(s.also_known_as, ' ') ilike ${like} then 0.5`);
  if (pinned) when.push(sql`when ${pinned} then 0.8`);
  if (article) when.push(sql`when ${article.citation} then 1.0`, sql`when ${article.title} then 0.4`);
  return sql`case ${sql.join(when, sql` `)} else 0 end`;
}

/** Fewer rows than this holding every word, and the search also ranks rows holding most of them. */
const FEW = 3;
/** A row holding every word ranks above every row that does not (ranks are otherwise well below this). */
const ALL_WORDS = 100;

/**
 * Ranked matching on most of the words: a row must hold at least half of the query's words
 * (stop words aside), and ranks by how many, then by ts_rank. Rows holding every word come
 * first and are not marked partial. Null when the query is not plain words (quoted phrases,
 * -exclusions and "or" say exactly what the reader wants) or has fewer than two words.
 */
async function partialSearch(
  db: Db,
  params: SearchParams,
  text: string,
  like: string,
  boostSource: SQL,
  lift: (alias: string) => SQL,
) {
  if (/["]|(^|\s)-\S|\bor\b/i.test(text)) return null;
  const typed = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}§()]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? [])].slice(0, 12);
  if (typed.length < 2) return null;
  // The words PostgreSQL keeps (stop words such as "did" and "the" say nothing), each its own query.
  const kept = (
    await rawRows<{ w: string }>(
      db,
      sql`select w from unnest(array[${sql.join(
        typed.map((w) => sql`${w}`),
        sql`, `,
      )}]::text[]) w where numnode(plainto_tsquery('english', w)) > 0`,
    )
  ).map((r) => r.w);
  if (kept.length < 2) return null;
  const words = kept.map((w) => sql`plainto_tsquery('english', ${w})`);
  const any = sql`(${sql.join(words, sql` || `)})`;
  const all = sql`websearch_to_tsquery('english', ${text})`;
  const { vector, matches, rank } = compoundMatching(text);
  const held = (a: string) =>
    sql`(${sql.join(
      words.map((w) => sql`(${vector(a)} @@ ${w})::int`),
      sql` + `,
    )})`;
  const need = Math.ceil(kept.length / 2);
  const union = hitsUnion(
    (a) => sql`(${matches(a, any)} and ${held(a)} >= ${need})`,
    (a) =>
      sql`(${held(a)} + ${rank(a, any)} + ${lift(a)} + case when ${vector(a)} @@ ${all} then ${ALL_WORDS} else 0 end)`,
    boostSource,
    (title) => sql`case when ${sql.raw(title)} ilike ${like} then 0.5 else 0 end`,
  );
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await runSearch(db, params, union, (body) => sql`ts_headline('english', ${body}, ${any}, ${options})`);
  return { ...result, hits: result.hits.map((h) => ({ ...h, partial: h.rank < ALL_WORDS })) };
}
