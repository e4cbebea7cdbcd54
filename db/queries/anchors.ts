import { and, inArray } from "drizzle-orm";
import { resolveAnchor, type AnchorResolution } from "@/lib/anchoring";
import { CodePointText } from "@/lib/code-points";
import type { Db } from "../client";
import { anchors, documents } from "../schema";
import { isPublic, visible } from "./_shared";

export interface ResolvedAnchor {
  id: string;
  documentId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** Where the span is in the document's current text, or why it cannot be found. */
  resolution: AnchorResolution;
}

/** Re-checks stored anchors against their documents' current text. */
export function resolveAnchors(
  rows: Omit<ResolvedAnchor, "resolution">[],
  texts: Map<string, CodePointText>,
): ResolvedAnchor[] {
  return rows.map((a) => {
    const text = texts.get(a.documentId);
    return { ...a, resolution: text ? resolveAnchor(text, a) : { status: "orphan", reason: "absent" } };
  });
}

/** The stored selectors of an anchor, as every query that resolves anchors reads them. */
export const anchorColumns = {
  id: anchors.id,
  documentId: anchors.documentId,
  exact: anchors.exact,
  prefix: anchors.prefix,
  suffix: anchors.suffix,
  start: anchors.start,
  end: anchors.end,
};

/** Visible anchors by id, each resolved against its published document. */
export async function getResolvedAnchors(db: Db, ids: string[]): Promise<Map<string, ResolvedAnchor>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(anchorColumns)
    .from(anchors)
    .where(and(inArray(anchors.id, ids), visible.anchor(anchors.id)));
  const documentIds = [...new Set(rows.map((r) => r.documentId))];
  const docs = documentIds.length
    ? await db
        .select({ id: documents.id, text: documents.text })
        .from(documents)
        .where(and(inArray(documents.id, documentIds), isPublic(documents)))
    : [];
  const texts = new Map(docs.map((d) => [d.id, new CodePointText(d.text)]));
  return new Map(resolveAnchors(rows, texts).map((a) => [a.id, a]));
}
