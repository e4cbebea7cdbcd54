import { route, type QueryValues } from "../routes";
import { ENTITY_SLUGS, type EntityType } from "./entities";

/** The curation area's addresses; entity pages are named by entity type. */
export const adminRoutes = {
  /** A type's list: `text`, `status`, `deleted`, `page`. */
  list: (type: EntityType, query?: QueryValues) => route(["admin", ENTITY_SLUGS[type]], { query }),
  entity: (type: EntityType, id: string) => route(["admin", ENTITY_SLUGS[type], id]),
  /** A new item's form, some of its fields filled from `query` (lib/curation/fields.ts, prefillFrom). */
  newEntity: (type: EntityType, query?: QueryValues) => route(["admin", ENTITY_SLUGS[type], "new"], { query }),
  history: (type: EntityType, id: string) => route(["admin", ENTITY_SLUGS[type], id, "history"]),
  /** A document's anchors and the anchoring tool. */
  anchors: (documentId: string) => route(["admin", ENTITY_SLUGS.document, documentId, "anchors"]),
  /** A public page with drafts and items in review shown in place. */
  preview: (type: EntityType, id: string) => route(["admin", "preview", ENTITY_SLUGS[type], id]),
  /** The authoring workspace: start from a document. */
  authoring: () => route(["admin", "authoring"]),
  /** The proposals for one document, to accept, edit or reject. */
  authoringDocument: (documentId: string) => route(["admin", "authoring", documentId]),
  lesson: (code: string) => route(["admin", "lessons", code]),
  /** A lesson's printable summary: sides, votes and the approved contributions. */
  lessonSummary: (code: string) => route(["admin", "lessons", code, "summary"]),
  /** Everything in a lesson as one CSV file. */
  lessonCsv: (code: string) => route(["admin", "lessons", code, "lesson.csv"]),
  /** The new-lesson form, filled from a comparison: `case`, `positions`, `blind`, `order`. */
  newLesson: (query: QueryValues) => route(["admin", "lessons", "new"], { query }),
  /** The sign-in page, which sends the editor on to `next` (a path of this app). */
  login: (next: string) => route(["admin", "login"], { query: { next } }),
};
