import { sql, type SQL } from "drizzle-orm";
import { articleReferences, compoundRoots } from "@/lib/search-text";

/**
 * Titles a query word may hide in as part of a compound, each with a trigram index that finds
 * the rows holding the word's text (db/schema/events.ts, db/schema/legal-sources.ts).
 */
const TITLE: Record<string, string> = { e: "e.title", s: "s.short_title" };

/**
 * Full-text matching that also reads a query word inside a compound of a title: "strikes"
 * finds "U.S. airstrikes on …". Only titles whose text holds the word (found through their
 * trigram index) are read again, with the compound split ("air strikes"), and that reading's
 * new words join the row's vector. Such a row ranks by the better of its whole vector and that
 * title alone: the title names the thing asked for, and a long body that never spells the word
 * out should not sink it. A row the compound does not concern matches and ranks as before.
 */
export function compoundMatching(text: string) {
  const roots = compoundRoots(text);
  const stored = (a: string) => sql.raw(`${a}.search_vector`);
  const split = roots.length ? `(\\w)(${roots.join("|")})` : "";
  const title = (a: string) => (roots.length && TITLE[a] ? sql.raw(TITLE[a]) : null);
  const reading = (column: SQL) =>
    sql`setweight(to_tsvector('english', regexp_replace(${column}, ${split}, '\\1 \\2', 'gi')), 'A')`;
  const vector = (a: string): SQL => {
    const column = title(a);
    if (!column) return stored(a);
    return sql`(case when ${column} ~* ${split}
      then ${stored(a)} || ts_delete(${reading(column)}, tsvector_to_array(${stored(a)}))
      else ${stored(a)} end)`;
  };
  const matches = (a: string, query: SQL): SQL => {
    const column = title(a);
    if (!column) return sql`${stored(a)} @@ ${query}`;
    // One ilike per word, joined by "or": each can use the trigram index (an "ilike any" cannot).
    const holds = sql.join(
      roots.map((r) => sql`${column} ilike ${`%${r}%`}`),
      sql` or `,
    );
    return sql`(${stored(a)} @@ ${query} or ((${holds}) and ${vector(a)} @@ ${query}))`;
  };
  const rank = (a: string, query: SQL): SQL => {
    const column = title(a);
    if (!column) return sql`ts_rank_cd(${stored(a)}, ${query}, 1)`;
    return sql`(case when ${column} ~* ${split}
      then greatest(ts_rank_cd(${vector(a)}, ${query}, 1), ts_rank_cd(${reading(column)}, ${query}, 1))
      else ts_rank_cd(${stored(a)}, ${query}, 1) end)`;
  };
  return { vector, matches, rank };
}

/**
 * A legal source whose citation (or short title) names an article the query names:
 * "Article 51 self-defense" asks for the Charter article before the arguments that discuss it,
 * and "Article I declare war" for the clause cited at "art. I" though its words say "Article"
 * nowhere. `found` is a source whose citation names the article and whose words hold the rest
 * of the query, found through the citation's trigram index and the GIN index on its words.
 * Null when the query names no article.
 */
export function namedArticle(text: string): { citation: SQL; title: SQL; found: SQL } | null {
  const refs = articleReferences(text);
  if (!refs) return null;
  const citation = sql`s.citation ~* ${refs.citation}`;
  const rest = refs.rest ? sql` and s.search_vector @@ websearch_to_tsquery('english', ${refs.rest})` : sql``;
  return { citation, title: sql`s.short_title ~* ${refs.title}`, found: sql`(${citation}${rest})` };
}
