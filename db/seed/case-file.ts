import { sha256Hex } from "@/lib/sha256";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { LEGAL_SOURCE_KINDS } from "@/lib/bluebook";

/** The curated case file in db/seed/content/, as the seed reads it. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase kebab-case id");
const ids = z.array(id).default([]);
const precision = z.enum(["day", "month", "year"]);
const strings = z.array(z.string().min(1)).default([]);

const anchorRef = z.strictObject({
  document: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  prefix: z.string(),
  suffix: z.string(),
});

/**
 * Every field the case file may hold. Objects are strict: a field the seed does not know
 * is an error, never silently dropped.
 */
export const caseFileSchema = z.strictObject({
  meta: z.object({ schema_version: z.literal(1) }).loose(),
  case: z.strictObject({
    slug: id,
    title: z.string().min(1),
    summary: z.string().min(1),
    start_date: isoDay,
    end_date: isoDay,
    date_note: z.string().optional(),
    timeline_span: z.strictObject({ start: isoDay, end: isoDay }).optional(),
    name_variants: z.record(z.string(), z.array(z.string())).default({}),
  }),
  document: z.strictObject({
    id,
    kind: z.string().min(1),
    title: z.string().min(1),
    title_note: z.string().nullish(),
    text_file: z.string().min(1),
    /** About the file, not the article: read, not stored. */
    text_note: z.string().optional(),
    encoding: z.string().optional(),
    publisher: z.string().nullish(),
    publisher_note: z.string().nullish(),
    publication_date: partialDate.nullish(),
    date_precision: precision.nullish(),
    date_approximate: z.boolean().default(false),
    date_note: z.string().nullish(),
    url: z.string().nullish(),
    language: z.string().default("en"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    length_code_points: z.number().int().positive(),
    length_bytes: z.number().int().positive().optional(),
  }),
  actors: z.array(
    z.strictObject({
      id,
      name: z.string().min(1),
      kind: z.enum(["person", "office", "institution", "state", "armed_group", "organization", "group"]),
      role: z.string().nullish(),
      affiliation: z.string().nullish(),
      state: z.string().nullish(),
      aliases: strings,
      summary: z.string().nullish(),
    }),
  ),
  legal_sources: z.array(
    z.strictObject({
      id,
      kind: z.enum(LEGAL_SOURCE_KINDS),
      short_title: z.string().min(1),
      citation: z.string().min(1),
      citation_note: z.string().optional(),
      date: partialDate,
      date_precision: precision,
      date_note: z.string().optional(),
      url: z.string().url().nullish(),
      url_note: z.string().optional(),
      additional_urls: z.array(z.string().url()).default([]),
      mirror_url: z.string().url().optional(),
      mirror_note: z.string().optional(),
      summary: z.string().min(1),
      verification: z.enum(["checked", "background"]),
      also_known_as: strings,
      related_citations: strings,
      parent: id.optional(),
      act_section: z.string().optional(),
      enacted_by: z.string().optional(),
      status: z.enum(["in_force", "repealed", "expired", "pending", "failed"]).optional(),
      repealed_by: id.optional(),
      unconfirmed: strings,
      authors: ids,
      addressees: ids,
      sponsors: ids,
      key_passages: z
        .array(
          z.strictObject({
            text: z.string().min(1),
            pinpoint: z.string().min(1),
            opinion: z.string().min(1).optional(),
            verification: z.enum(["checked", "background"]),
          }),
        )
        .default([]),
      history: z
        .array(
          z.strictObject({
            date: isoDay,
            action: z.string().min(1),
            verification: z.enum(["checked", "background"]).optional(),
          }),
        )
        .default([]),
    }),
  ),
  events: z.array(
    z.strictObject({
      id,
      date: partialDate,
      end_date: partialDate.optional(),
      date_precision: precision,
      date_note: z.string().optional(),
      time_zone_note: z.string().optional(),
      place: z.string().nullish(),
      title: z.string().min(1),
      kind: z.enum(["attack", "use_of_force", "statement", "report", "legislative", "other"]),
      summary: z.string().min(1),
      actors: ids,
      in_article: z.boolean(),
      article_quote: z.string().min(1).optional(),
      anchor: anchorRef.optional(),
      article_note: z.string().optional(),
      sources: ids,
      verification: z.enum(["checked", "background"]).optional(),
      unconfirmed_details: strings,
    }),
  ),
  positions: z.array(
    z.strictObject({
      id,
      title: z.string().min(1),
      summary: z.string().min(1),
      holders: ids,
      discussed_by: ids,
      stance_on_legality: z.enum(["lawful", "unlawful", "contested", "reform"]),
      legal_frame: z.enum(["domestic", "international", "domestic_and_international", "legislative", "policy"]),
    }),
  ),
  arguments: z.array(
    z.strictObject({
      id,
      position: id,
      claim: z.string().min(1),
      explanation: z.string().min(1),
      sources: z
        .array(
          z.strictObject({
            source: id,
            pinpoint: z.string().min(1).nullish(),
            use: z.enum(["relies_on", "distinguishes", "contests"]),
          }),
        )
        .default([]),
      events: ids,
      quotes: ids,
      attributed_to: ids,
      derived_from: z.string().optional(),
      placement_note: z.string().optional(),
    }),
  ),
  argument_relations: z.array(
    z.strictObject({
      from: id,
      to: id,
      kind: z.enum(["supports", "rebuts", "undercuts", "qualifies"]),
      note: z.string().optional(),
      inferred: z.boolean().default(false),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      id,
      speaker: id,
      text: z.string().min(1),
      date: partialDate.nullish(),
      date_precision: precision.nullish(),
      date_approximate: z.boolean().default(false),
      date_note: z.string().optional(),
      anchor: anchorRef.optional(),
      in_article: z.boolean(),
      fragment: z.boolean().default(false),
      text_note: z.string().optional(),
      source_url: z.string().url().nullish(),
      reported_by: z.string().optional(),
      attribution_note: z.string().optional(),
      variant_of: id.optional(),
      excerpt_of: id.optional(),
      unconfirmed: strings,
      events: ids,
    }),
  ),
  clashes: z.array(
    z.strictObject({
      id,
      question: z.string().min(1),
      sides: z.array(z.strictObject({ label: z.string().min(1), arguments: ids, positions: ids })).min(2),
    }),
  ),
  questions: z.array(z.strictObject({ id, prompt: z.string().min(1), clashes: ids })),
});

export type CaseFile = z.infer<typeof caseFileSchema>;

export interface SeedContent {
  file: CaseFile;
  /** The article exactly as stored on disk. */
  articleText: string;
}

export const seedContentDir = path.join(process.cwd(), "db", "seed", "content");

export { sha256Hex };

/** Reads and checks the case file and its article; throws with the first problem found. */
export function loadSeedContent(dir = seedContentDir, fileName = "syria-2021-case.json"): SeedContent {
  const raw: unknown = JSON.parse(readFileSync(path.join(/* turbopackIgnore: true */ dir, fileName), "utf8"));
  const parsed = caseFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${fileName}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const file = parsed.data;
  const articleText = readFileSync(path.join(/* turbopackIgnore: true */ dir, file.document.text_file), "utf8");
  const digest = sha256Hex(articleText);
  if (digest !== file.document.sha256) {
    throw new Error(
      `${file.document.text_file}: SHA-256 ${digest} does not match the case file's ${file.document.sha256}`,
    );
  }
  const codePoints = [...articleText].length;
  if (codePoints !== file.document.length_code_points) {
    throw new Error(
      `${file.document.text_file}: ${codePoints} code points, the case file says ${file.document.length_code_points}`,
    );
  }
  return { file, articleText };
}
