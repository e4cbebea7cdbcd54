import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { cases, documents } from "../schema";

/** One published document with its exact text, or null. */
export async function getDocumentById(db: Db, id: string) {
  const [row] = await db
    .select({
      id: documents.id,
      caseSlug: cases.slug,
      caseTitle: cases.title,
      kind: documents.kind,
      title: documents.title,
      titleNote: documents.titleNote,
      publisher: documents.publisher,
      publisherNote: documents.publisherNote,
      publicationDate: documents.publicationDate,
      datePrecision: documents.datePrecision,
      dateApproximate: documents.dateApproximate,
      dateNote: documents.dateNote,
      url: documents.url,
      language: documents.language,
      text: documents.text,
      sha256: documents.sha256,
      lengthCodePoints: documents.lengthCodePoints,
    })
    .from(documents)
    .innerJoin(cases, eq(cases.id, documents.caseId))
    .where(
      and(
        eq(documents.id, id),
        eq(documents.status, "published"),
        isNull(documents.deletedAt),
        eq(cases.status, "published"),
        isNull(cases.deletedAt),
      ),
    );
  return row ?? null;
}
