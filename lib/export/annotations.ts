import type { CaseExportData } from "./types";

/**
 * W3C Web Annotation JSON-LD: one Annotation per anchor, targeting its document with a
 * TextQuoteSelector and a TextPositionSelector (code points), and a TimeState naming the
 * version of the document the offsets count in; bodies say what links there.
 */
export function toWebAnnotations(data: CaseExportData, origin: string) {
  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const items = data.anchors.map((a) => {
    const doc = documents.get(a.documentId)!;
    const quotes = data.quotes.filter((q) => q.anchorId === a.id);
    const events = data.eventAnchors.filter((e) => e.anchorId === a.id).map((e) => e.eventId);
    const claims = data.argumentAnchors.filter((x) => x.anchorId === a.id).map((x) => x.argumentId);
    const body = [
      ...quotes.map((q) => ({
        type: "TextualBody",
        purpose: "describing",
        value: `Quote by ${actorName.get(q.speakerId) ?? q.speakerId}`,
        format: "text/plain",
      })),
      ...events.map((e) => ({
        type: "SpecificResource",
        purpose: "linking",
        source: `${origin}/cases/${data.case.slug}/timeline#${e}`,
      })),
      ...claims.map((c) => ({ type: "SpecificResource", purpose: "linking", source: `${origin}/arguments/${c}` })),
    ];
    return {
      id: `${origin}/documents/${a.documentId}#${a.id}`,
      type: "Annotation",
      motivation: quotes.length ? "highlighting" : "linking",
      ...(body.length ? { body } : {}),
      target: {
        source: `${origin}/documents/${a.documentId}`,
        selector: [
          { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
          { type: "TextPositionSelector", start: a.start, end: a.end },
        ],
        state: {
          type: "TimeState",
          sourceDate: doc.publicationDate ?? undefined,
          cached: `${origin}/documents/${a.documentId}`,
          sha256: doc.sha256,
        },
      },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${origin}/api/export/cases/${data.case.slug}/annotations`,
    type: "AnnotationCollection",
    label: `Anchors in the record of ${data.case.title}`,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
