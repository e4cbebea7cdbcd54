import type { Db } from "@/db/client";
import { search } from "@/db/queries/search";

/**
 * The search's relevance set: what readers type, and the seeded items a good answer ranks in
 * its top three. Names, citations and pinpoints, quoted words, and questions in plain words.
 * An entry with a `gap` is a known miss, kept so precision@3 shows it until the search
 * learns it; the test holds every other entry to its top three (server/search-relevance.test.ts),
 * and `npm run bench` prints precision@3 over all of them.
 */
export interface RelevanceQuery {
  q: string;
  /** Ids that must be among the first three hits. */
  top3: string[];
  /** Why this one still misses. */
  gap?: string;
}

export const RELEVANCE_SET: RelevanceQuery[] = [
  // Names, titles and citations.
  { q: "Declare War Clause", top3: ["const-art1-s8-c11", "a-declare-war-clause-congress-decides"] },
  { q: "commander in chief", top3: ["const-art2-s2-c1"] },
  { q: "Prize Cases", top3: ["prize-cases"] },
  { q: "Youngstown", top3: ["youngstown", "a-youngstown-lowest-ebb"] },
  { q: "Youngstwon", top3: ["youngstown"] },
  { q: "Chadha legislative veto", top3: ["ins-v-chadha"] },
  { q: "Kaine", top3: ["kaine", "e-2021-02-26-kaine-statement"] },
  { q: "Kataib Hezbollah", top3: ["kataib-hezbollah", "e-2019-12-29-us-strikes-kataib-hezbollah"] },
  { q: "Soleimani", top3: ["e-2020-01-03-soleimani-strike"] },
  { q: "Trump veto", top3: ["e-2020-05-06-sjres-68-veto"] },
  // Pinpoints.
  { q: "§ 1543(a)", top3: ["wpr-1543a"] },
  { q: "§ 1541(c)(3)", top3: ["wpr-1541c", "a-report-consistent-with-wpr"] },
  { q: "art. II, § 2", top3: ["const-art2-s2-c1"] },
  { q: "48-hour report", top3: ["wpr-1543a"] },
  { q: "60-day limit", top3: ["wpr-1544b"] },
  { q: "consultation requirement", top3: ["wpr-1542"] },
  // The words of quotes, passages and summaries.
  { q: "extraordinary circumstances", top3: ["q-kaine-2021-02-26-not-constitutional"] },
  { q: "proportionate response", top3: ["q-kirby-2021-02-25-proportionate-response"] },
  { q: "lowest ebb", top3: ["youngstown", "a-youngstown-lowest-ebb"] },
  { q: "historical gloss", top3: ["a-historical-gloss"] },
  { q: "unwilling or unable", top3: ["a-unwilling-or-unable", "a-unwilling-unable-contested"] },
  { q: "OLC test", top3: ["a-strike-passes-olc-test", "a-olc-test-too-broad"] },
  { q: "casualties", top3: ["a-casualties-proportionality"] },
  { q: "Green Zone", top3: ["e-2021-02-22-green-zone-rocket-attack"] },
  { q: "Erbil rocket attack", top3: ["e-2021-02-15-erbil-rocket-attack"] },
  // Questions, in the reader's words.
  { q: "Psaki briefed Congress", top3: ["e-2021-02-26-psaki-response"] },
  { q: "was the strike retaliation", top3: ["a-retaliation-not-repelling-attack"] },
  { q: "what did Kaine say about the strike", top3: ["e-2021-02-26-kaine-statement"] },
  { q: "courts will not decide war powers", top3: ["a-courts-abstain-practice-governs", "a-courts-wont-enforce"] },
  { q: "who enforces the war powers resolution", top3: ["a-wpr-tools-failed"] },
  { q: "deterrence Iran proxies", top3: ["a-necessary-deterrent"] },
  { q: "repeal the Iraq AUMF", top3: ["sjres-10-117"] },
  { q: "Biden letter to Congress", top3: ["biden-wpr-letter-2021-02-27"] },
  { q: "Security Council letter", top3: ["un-s-2021-202"] },
  { q: "Article 51 self-defense", top3: ["un-charter-art51"] },
  { q: "art. 51", top3: ["un-charter-art51"] },
  { q: "Article I declare war", top3: ["const-art1-s8-c11"] },
  { q: "section 1543(a)", top3: ["wpr-1543a"] },
  // Dates.
  { q: "war powers report February 27 2021", top3: ["e-2021-02-27-war-powers-report"] },
  { q: "February 27 2021", top3: ["e-2021-02-27-war-powers-report", "e-2021-02-27-un-article-51-letter"] },
  { q: "§ 1543(a)(1)", top3: ["wpr-1543a"] },
  // A word inside a compound of a title: "airstrikes".
  { q: "Feb. 2021 strikes", top3: ["e-2021-02-25-strikes"] },
  { q: "strikes on militia facilities", top3: ["e-2021-02-25-strikes"] },
  // Sentences copied with other quote marks, dashes and commas.
  {
    q: "\u201cOffensive military action without congressional approval is not constitutional absent extraordinary circumstances.\u201d",
    top3: ["q-kaine-2021-02-26-not-constitutional"],
  },
  {
    q: "The operation sends an unambiguous message -- President Biden will act to protect American and coalition personnel",
    top3: ["q-kirby-2021-02-25-unambiguous-message"],
  },
  {
    q: "I\u2019m confident in the target that we went after we know what we hit",
    top3: ["q-austin-2021-02-25-confident-target"],
  },
  {
    q: "Because such a resolution is never presented to the President INS v. Chadha casts doubt on this mechanism",
    top3: ["wpr-1544c"],
  },
  { q: "Kaine-Young Iraq AUMF repeal", top3: ["sjres-10-117"] },
];

/** Each query's first three hits, and how many of its wanted items are among them. */
export async function relevance(db: Db) {
  const rows = [];
  for (const entry of RELEVANCE_SET) {
    const { hits } = await search(db, { text: entry.q, limit: 3, offset: 0 });
    const top = hits.map((h) => h.id);
    const found = entry.top3.filter((id) => top.includes(id));
    rows.push({ ...entry, top, found, precision: found.length / Math.min(3, entry.top3.length) });
  }
  return { rows, precisionAt3: rows.reduce((n, r) => n + r.precision, 0) / rows.length };
}
