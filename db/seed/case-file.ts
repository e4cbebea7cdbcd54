import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The curated case file in db/seed/content/, as the seed reads it. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const caseFileSchema = z.object({
  meta: z.object({ schema_version: z.literal(1) }).loose(),
  case: z.object({
    slug: z.string().min(1),
    title: z.string().min(1),
    summary: z.string().min(1),
    start_date: isoDay,
    end_date: isoDay,
    date_note: z.string().optional(),
    timeline_span: z.object({ start: isoDay, end: isoDay }).optional(),
    name_variants: z.record(z.string(), z.array(z.string())).default({}),
  }),
  document: z.object({
    id: z.string().min(1),
    kind: z.string().min(1),
    title: z.string().min(1),
    title_note: z.string().nullish(),
    text_file: z.string().min(1),
    publisher: z.string().nullish(),
    publisher_note: z.string().nullish(),
    publication_date: partialDate.nullish(),
    date_precision: z.enum(["day", "month", "year"]).nullish(),
    date_approximate: z.boolean().default(false),
    date_note: z.string().nullish(),
    url: z.string().nullish(),
    language: z.string().default("en"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    length_code_points: z.number().int().positive(),
  }),
});

export type CaseFile = z.infer<typeof caseFileSchema>;

export interface SeedContent {
  file: CaseFile;
  /** The article exactly as stored on disk. */
  articleText: string;
}

export const seedContentDir = path.join(process.cwd(), "db", "seed", "content");

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

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
    throw new Error(`${file.document.text_file}: SHA-256 ${digest} does not match the case file's ${file.document.sha256}`);
  }
  const codePoints = [...articleText].length;
  if (codePoints !== file.document.length_code_points) {
    throw new Error(`${file.document.text_file}: ${codePoints} code points, the case file says ${file.document.length_code_points}`);
  }
  return { file, articleText };
}
