import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { cases, documents } from "../schema";

const publishedCase = and(eq(cases.status, "published"), isNull(cases.deletedAt));

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
    .where(publishedCase)
    .orderBy(desc(cases.startDate), asc(cases.title));
}

/** One published case by slug with its article's metadata, or null. */
export async function getCaseBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      id: cases.id,
      slug: cases.slug,
      title: cases.title,
      summary: cases.summary,
      startDate: cases.startDate,
      endDate: cases.endDate,
      dateNote: cases.dateNote,
      timelineStart: cases.timelineStart,
      timelineEnd: cases.timelineEnd,
      nameVariants: cases.nameVariants,
    })
    .from(cases)
    .where(and(eq(cases.slug, slug), publishedCase));
  if (!row) return null;
  const [article] = await db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(
      and(
        eq(documents.caseId, row.id),
        eq(documents.isCaseArticle, true),
        eq(documents.status, "published"),
        isNull(documents.deletedAt),
      ),
    );
  return { ...row, article: article ?? null };
}
