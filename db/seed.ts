import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { cases, documents } from "./schema";
import { loadSeedContent, type SeedContent } from "./seed/case-file";

/** Rows the seed inserted, by table; all zeros when the database already held the content. */
export type SeedReport = Record<"cases" | "documents", number>;

/**
 * Inserts the first case from db/seed/content/. Idempotent: rows that already exist are
 * left exactly as they are (an editor's later changes are never overwritten), so a second
 * run inserts nothing. Runs in one transaction under an advisory lock so that two
 * processes starting together cannot both seed.
 */
export async function seedDatabase(db: Db, content: SeedContent = loadSeedContent()): Promise<SeedReport> {
  const { file, articleText } = content;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('war-powers-explorer:seed'))`);
    const insertedCases = await tx
      .insert(cases)
      .values({
        id: file.case.slug,
        slug: file.case.slug,
        title: file.case.title,
        summary: file.case.summary,
        startDate: file.case.start_date,
        endDate: file.case.end_date,
        dateNote: file.case.date_note ?? null,
        timelineStart: file.case.timeline_span?.start ?? null,
        timelineEnd: file.case.timeline_span?.end ?? null,
        nameVariants: file.case.name_variants,
        status: "published",
      })
      .onConflictDoNothing()
      .returning({ id: cases.id });
    const doc = file.document;
    const insertedDocuments = await tx
      .insert(documents)
      .values({
        id: doc.id,
        caseId: file.case.slug,
        isCaseArticle: true,
        kind: doc.kind,
        title: doc.title,
        titleNote: doc.title_note ?? null,
        publisher: doc.publisher ?? null,
        publisherNote: doc.publisher_note ?? null,
        publicationDate: doc.publication_date ?? null,
        datePrecision: doc.date_precision ?? null,
        dateApproximate: doc.date_approximate,
        dateNote: doc.date_note ?? null,
        url: doc.url ?? null,
        language: doc.language,
        text: articleText,
        sha256: doc.sha256,
        lengthCodePoints: doc.length_code_points,
        status: "published",
      })
      .onConflictDoNothing()
      .returning({ id: documents.id });
    return { cases: insertedCases.length, documents: insertedDocuments.length };
  });
}

/** True when no case exists yet: the signal to seed on first start. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: cases.id }).from(cases).limit(1);
  return rows.length === 0;
}
