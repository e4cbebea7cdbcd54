/**
 * What a search that found nothing is kept as: the query folded to lower case with its
 * spaces squeezed, and anything personal replaced: e-mail addresses, web addresses, and
 * runs of six or more digits (phone, case or account numbers). Null for what is not worth
 * keeping: too short, too long (over 120 characters or 12 words), or nothing but symbols.
 */
export function missKey(query: string): string | null {
  const folded = query
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, "[e-mail]")
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, "[address]")
    .replace(/\d[\d\s().-]{4,}\d/g, (run) => (run.replace(/\D/g, "").length >= 6 ? "[number]" : run))
    .replace(/\s+/g, " ")
    .trim();
  if (folded.length < 2 || folded.length > 120) return null;
  if (folded.split(" ").length > 12) return null;
  if (!/[\p{L}\p{N}]/u.test(folded.replace(/\[(e-mail|address|number)\]/g, ""))) return null;
  return folded;
}

/** How many different queries are kept at most: past it, only those already kept are counted. */
export const MAX_MISSES = 5_000;
