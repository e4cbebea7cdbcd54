/**
 * How a query's text is read beyond its words: punctuation a copied sentence varies in,
 * the legal sources it names by article, and the words that may stand inside compounds.
 */

/**
 * The query as the word matching reads it. A sentence copied from elsewhere differs from the
 * stored one in its punctuation: curly or straight quote marks, an em dash typed as "-" or "--",
 * "Kaine-Young" for "Kaine–Young". Curly quote marks become straight (so “…” is a phrase, as
 * "…" is); a dash between words, or standing alone, becomes a space, so it neither joins words
 * the stored text keeps apart nor reads as an exclusion. A hyphen before a word ("-exclude")
 * and one inside a number ("93-148") stay.
 */
export function matchingText(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]|-{2,}/g, " ")
    .replace(/(?<=\p{L})-(?=\p{L})/gu, " ")
    .replace(/(^|\s)-(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The articles a query names ("Article 51", "art. II", "Art 2(4)"), as PostgreSQL regular
 * expressions: one a citation holds ("U.N. Charter art. 51") and one a short title holds
 * ("UN Charter, Article 51"), with the rest of the query, the words beside the article.
 * A source whose citation names the article rises; see db/queries/search-forms.ts.
 */
export function articleReferences(text: string): { citation: string; title: string; rest: string } | null {
  const pattern = /\b(?:article|art\.?)\s*(\d{1,3}|[ivx]{1,5})\b(?:\(\d+\))?/gi;
  const numbers = [...new Set([...text.matchAll(pattern)].map((m) => m[1]!.toLowerCase()))];
  if (numbers.length === 0) return null;
  const any = `(${numbers.join("|")})`;
  return {
    citation: String.raw`\mart\.\s*${any}\M`,
    title: String.raw`\marticle\s+${any}\M`,
    rest: text.replace(pattern, " ").replace(/\s+/g, " ").trim(),
  };
}

/**
 * Words that may stand at the end of a compound in a stored title: "strikes" in "airstrikes"
 * is one word to PostgreSQL's parser, so the title does not hold "strike". Each is given as the
 * text to look for (a plural's "s" dropped, so "airstrike" is found too); words under five
 * letters are left out, as too likely to sit inside unrelated words. Excluded words are not.
 */
export function compoundRoots(text: string): string[] {
  const words = text
    .replace(/(^|\s)-\S+/g, " ")
    .replace(/"[^"]*"?/g, " ")
    .toLowerCase()
    .match(/\p{L}+/gu);
  const roots = (words ?? []).map((w) => w.replace(/(?<!s)s$/, "")).filter((w) => w.length >= 5);
  return [...new Set(roots)].slice(0, 4);
}
