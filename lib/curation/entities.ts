import { LEGAL_SOURCE_KINDS } from "../bluebook";
import {
  ACTOR_KIND_LABELS,
  CITATION_USE_LABELS,
  EVENT_KIND_LABELS,
  LEGAL_FRAME_LABELS,
  LEGAL_SOURCE_KIND_LABELS,
  LEGAL_STATUS_LABELS,
  STANCE_LABELS,
} from "../labels";
import type { Field } from "./fields";

export const ENTITY_TYPES = [
  "case",
  "document",
  "actor",
  "position",
  "argument",
  "relation",
  "legalSource",
  "keyPassage",
  "citation",
  "event",
  "quote",
  "anchor",
  "clash",
  "clashSide",
  "prompt",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The admin navigation's groups of entity types, in order. */
export const ENTITY_GROUPS = {
  record: "Cases and record",
  debate: "Debate",
  law: "Law and facts",
  classroom: "Classroom",
} as const;
export type EntityGroup = keyof typeof ENTITY_GROUPS;

export interface EntitySpec {
  type: EntityType;
  label: string;
  plural: string;
  /** Where the admin's navigation lists it. */
  group: EntityGroup;
  /** The admin list's address: /admin/<slug>. */
  slug: string;
  /** The field whose text names a row in lists and seeds a new id. */
  titleField: string;
  /** New ids: prefix + words of the title (e.g. "a-" + claim); null when ids are derived otherwise. */
  idPrefix: string | null;
  fields: readonly Field[];
}

const precision = ["day", "month", "year"] as const;
const verification = ["checked", "background"] as const;

const dated = <R extends boolean>(required: R) =>
  [
    { name: "date", label: "Date", type: "partialDate", required, help: "YYYY, YYYY-MM or YYYY-MM-DD" },
    { name: "datePrecision", label: "Date precision", type: "select", options: precision, required },
    { name: "dateNote", label: "Date note", type: "textarea", max: 2000 },
  ] as const;

/**
 * The editable fields of every entity type: the forms, the API's validation and the case
 * file's rows all come from here. db/content-model.ts binds each type to its table, and
 * the compiler checks there that every field is a column of it (or a link, for "refs").
 */
export const ENTITIES = {
  case: {
    type: "case",
    label: "Case",
    plural: "Cases",
    group: "record",
    slug: "cases",
    titleField: "title",
    idPrefix: "",
    fields: [
      {
        name: "slug",
        label: "Slug (address)",
        type: "text",
        required: true,
        max: 200,
        help: "lowercase-with-hyphens; appears in /cases/…",
      },
      { name: "title", label: "Title", type: "text", required: true },
      { name: "summary", label: "Summary", type: "textarea", required: true },
      { name: "startDate", label: "Start date", type: "date" },
      { name: "endDate", label: "End date", type: "date" },
      { name: "dateNote", label: "Date note", type: "textarea", max: 2000 },
      { name: "timelineStart", label: "Timeline from", type: "date" },
      { name: "timelineEnd", label: "Timeline to", type: "date" },
    ],
  },
  document: {
    type: "document",
    label: "Document",
    plural: "Documents",
    group: "record",
    slug: "documents",
    titleField: "title",
    idPrefix: "doc-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "isCaseArticle", label: "This is the case's article", type: "checkbox" },
      {
        name: "kind",
        label: "Kind",
        type: "text",
        required: true,
        max: 100,
        help: "e.g. news_article, statement, letter",
      },
      { name: "title", label: "Title", type: "text", required: true },
      { name: "titleNote", label: "Title note", type: "textarea", max: 2000 },
      { name: "publisher", label: "Publisher", type: "text" },
      { name: "publicationDate", label: "Publication date", type: "partialDate" },
      { name: "datePrecision", label: "Date precision", type: "select", options: precision },
      { name: "dateApproximate", label: "The date is approximate", type: "checkbox" },
      { name: "dateNote", label: "Date note", type: "textarea", max: 2000 },
      { name: "url", label: "Web address", type: "url" },
      { name: "language", label: "Language", type: "text", required: true, max: 20 },
      { name: "text", label: "Text (stored exactly as entered)", type: "textarea", required: true, max: 2_000_000 },
    ],
  },
  actor: {
    type: "actor",
    label: "Actor",
    plural: "Actors",
    group: "law",
    slug: "actors",
    titleField: "name",
    idPrefix: "",
    fields: [
      { name: "name", label: "Name", type: "text", required: true },
      {
        name: "kind",
        label: "Kind",
        type: "select",
        options: Object.keys(ACTOR_KIND_LABELS),
        labels: ACTOR_KIND_LABELS,
        required: true,
      },
      { name: "role", label: "Role", type: "text" },
      { name: "affiliation", label: "Affiliation", type: "text" },
      { name: "usState", label: "U.S. state (for members of Congress)", type: "text", max: 2 },
      { name: "aliases", label: "Other spellings (one per line)", type: "lines" },
      { name: "summary", label: "Summary", type: "textarea" },
    ],
  },
  position: {
    type: "position",
    label: "Position",
    plural: "Positions",
    group: "debate",
    slug: "positions",
    titleField: "title",
    idPrefix: "p-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "title", label: "Title", type: "text", required: true },
      { name: "summary", label: "Summary", type: "textarea", required: true },
      {
        name: "stance",
        label: "Stance on legality",
        type: "select",
        options: Object.keys(STANCE_LABELS),
        labels: STANCE_LABELS,
        required: true,
      },
      {
        name: "legalFrame",
        label: "Legal frame",
        type: "select",
        options: Object.keys(LEGAL_FRAME_LABELS),
        labels: LEGAL_FRAME_LABELS,
        required: true,
      },
      { name: "holders", label: "Held by", type: "refs", target: "actor" },
      { name: "discussants", label: "Discussed by", type: "refs", target: "actor" },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  argument: {
    type: "argument",
    label: "Argument",
    plural: "Arguments",
    group: "debate",
    slug: "arguments",
    titleField: "claim",
    idPrefix: "a-",
    fields: [
      { name: "positionId", label: "Position", type: "ref", target: "position", required: true },
      { name: "claim", label: "Claim", type: "textarea", required: true, max: 1000 },
      { name: "explanation", label: "Explanation", type: "textarea", required: true },
      { name: "attributedTo", label: "Made by", type: "refs", target: "actor" },
      { name: "events", label: "Events it rests on", type: "refs", target: "event" },
      { name: "quotes", label: "Quotes that voice it", type: "refs", target: "quote" },
      {
        name: "anchors",
        label: "Passages where it is made",
        type: "refs",
        target: "anchor",
        help: "Added with the anchoring tool of a document",
      },
      { name: "derivedFrom", label: "Derived from", type: "textarea", max: 2000 },
      { name: "placementNote", label: "Placement note", type: "textarea", max: 2000 },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  relation: {
    type: "relation",
    label: "Argument relation",
    plural: "Argument relations",
    group: "debate",
    slug: "relations",
    titleField: "kind",
    idPrefix: null,
    fields: [
      {
        name: "fromArgumentId",
        label: "From argument",
        type: "ref",
        target: "argument",
        help: "Give an argument or a position",
      },
      { name: "fromPositionId", label: "…or from position", type: "ref", target: "position" },
      {
        name: "kind",
        label: "Relation",
        type: "select",
        options: ["supports", "rebuts", "undercuts", "qualifies"],
        required: true,
      },
      { name: "toArgumentId", label: "To argument", type: "ref", target: "argument", help: "Give one target" },
      { name: "toPositionId", label: "…or to position", type: "ref", target: "position" },
      { name: "toEventId", label: "…or to event", type: "ref", target: "event" },
      { name: "note", label: "Note", type: "textarea", max: 2000 },
      { name: "inferred", label: "Inferred, not stated in the record", type: "checkbox" },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  legalSource: {
    type: "legalSource",
    label: "Legal source",
    plural: "Legal sources",
    group: "law",
    slug: "legal-sources",
    titleField: "shortTitle",
    idPrefix: "",
    fields: [
      {
        name: "kind",
        label: "Kind",
        type: "select",
        options: LEGAL_SOURCE_KINDS,
        labels: LEGAL_SOURCE_KIND_LABELS,
        required: true,
      },
      { name: "shortTitle", label: "Short title", type: "text", required: true },
      {
        name: "citation",
        label: "Bluebook citation",
        type: "text",
        required: true,
        max: 1000,
        help: "e.g. 50 U.S.C. § 1543(a) or The Prize Cases, 67 U.S. (2 Black) 635 (1863)",
      },
      { name: "citationNote", label: "Citation note", type: "textarea", max: 2000 },
      { name: "parentId", label: "Part of (for a provision)", type: "ref", target: "legalSource" },
      ...dated(true),
      { name: "url", label: "Official text", type: "url" },
      { name: "urlNote", label: "Note on the address", type: "textarea", max: 2000 },
      { name: "additionalUrls", label: "More addresses (one per line)", type: "lines", webAddresses: true },
      { name: "mirrorUrl", label: "Unofficial copy", type: "url" },
      { name: "mirrorNote", label: "Note on the copy", type: "textarea", max: 2000 },
      { name: "summary", label: "Neutral summary", type: "textarea", required: true },
      { name: "alsoKnownAs", label: "Also cited as (one per line)", type: "lines" },
      { name: "relatedCitations", label: "Related citations (one per line)", type: "lines" },
      { name: "actSection", label: "Section of the act", type: "text" },
      { name: "enactedBy", label: "Enacted by", type: "text" },
      {
        name: "legalStatus",
        label: "Status",
        type: "select",
        options: Object.keys(LEGAL_STATUS_LABELS),
        labels: LEGAL_STATUS_LABELS,
      },
      { name: "repealedById", label: "Repealed by", type: "ref", target: "legalSource" },
      { name: "sponsors", label: "Sponsors", type: "refs", target: "actor" },
      { name: "authors", label: "Authors", type: "refs", target: "actor" },
      { name: "addressees", label: "Addressed to", type: "refs", target: "actor" },
      { name: "verification", label: "Verification", type: "select", options: verification, required: true },
      { name: "verifiedBy", label: "Verified by", type: "text" },
      { name: "verifiedOn", label: "Verified on", type: "date" },
      { name: "unconfirmed", label: "Fields left empty as unconfirmed (one per line)", type: "lines" },
    ],
  },
  keyPassage: {
    type: "keyPassage",
    label: "Key passage",
    plural: "Key passages",
    group: "law",
    slug: "key-passages",
    titleField: "pinpoint",
    idPrefix: null,
    fields: [
      { name: "legalSourceId", label: "Legal source", type: "ref", target: "legalSource", required: true },
      {
        name: "pinpoint",
        label: "Pinpoint",
        type: "text",
        required: true,
        max: 200,
        help: "where in the source, as a citation gives it: art. I, § 8, cl. 11 · § 1541(c) · at 637–38",
      },
      {
        name: "opinion",
        label: "Opinion",
        type: "text",
        max: 200,
        help: "for a separate opinion only, e.g. Jackson, J., concurring",
      },
      {
        name: "text",
        label: "Text (verbatim, public domain)",
        type: "textarea",
        required: true,
        max: 20_000,
      },
      { name: "verification", label: "Verification", type: "select", options: verification, required: true },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  citation: {
    type: "citation",
    label: "Citation",
    plural: "Citations",
    group: "debate",
    slug: "citations",
    titleField: "pinpoint",
    idPrefix: null,
    fields: [
      { name: "argumentId", label: "Argument", type: "ref", target: "argument", required: true },
      { name: "legalSourceId", label: "Legal source", type: "ref", target: "legalSource", required: true },
      { name: "pinpoint", label: "Pinpoint", type: "text", max: 200, help: "e.g. § 1543(a), at 668" },
      {
        name: "use",
        label: "Use",
        type: "select",
        options: Object.keys(CITATION_USE_LABELS),
        labels: CITATION_USE_LABELS,
        required: true,
      },
      { name: "note", label: "Note", type: "textarea", max: 2000 },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  event: {
    type: "event",
    label: "Event",
    plural: "Events",
    group: "law",
    slug: "events",
    titleField: "title",
    idPrefix: "e-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "title", label: "Title", type: "text", required: true },
      {
        name: "kind",
        label: "Kind",
        type: "select",
        options: Object.keys(EVENT_KIND_LABELS),
        labels: EVENT_KIND_LABELS,
        required: true,
      },
      ...dated(true),
      { name: "endDate", label: "End date", type: "partialDate" },
      { name: "timeZoneNote", label: "Time-zone note", type: "textarea", max: 2000 },
      { name: "place", label: "Place", type: "text" },
      { name: "summary", label: "Summary", type: "textarea", required: true },
      { name: "actors", label: "Actors", type: "refs", target: "actor" },
      { name: "legalSources", label: "Legal sources", type: "refs", target: "legalSource" },
      {
        name: "anchors",
        label: "Passages that mention it",
        type: "refs",
        target: "anchor",
        help: "Added with the anchoring tool of a document",
      },
      { name: "inArticle", label: "Mentioned in the case's article", type: "checkbox" },
      { name: "articleNote", label: "Note on the article", type: "textarea", max: 2000 },
      { name: "verification", label: "Verification", type: "select", options: verification },
      { name: "unconfirmedDetails", label: "Unconfirmed details (one per line)", type: "lines" },
    ],
  },
  quote: {
    type: "quote",
    label: "Quote",
    plural: "Quotes",
    group: "law",
    slug: "quotes",
    titleField: "text",
    idPrefix: "q-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "speakerId", label: "Speaker", type: "ref", target: "actor", required: true },
      { name: "text", label: "Exact words", type: "textarea", required: true, max: 5000 },
      ...dated(false),
      { name: "dateApproximate", label: "The date is approximate", type: "checkbox" },
      {
        name: "anchorId",
        label: "Anchor in a document",
        type: "ref",
        target: "anchor",
        help: "Set by selecting the words in the article reader",
      },
      { name: "inArticle", label: "Appears in the case's article", type: "checkbox" },
      { name: "fragment", label: "Part of a sentence", type: "checkbox" },
      { name: "textNote", label: "Note on the text", type: "textarea", max: 2000 },
      { name: "sourceUrl", label: "Source address", type: "url" },
      { name: "reportedBy", label: "Reported by", type: "text" },
      { name: "attributionNote", label: "Attribution note", type: "textarea", max: 2000 },
      { name: "variantOfId", label: "Variant of", type: "ref", target: "quote" },
      { name: "excerptOfId", label: "Excerpt of", type: "ref", target: "quote" },
      { name: "events", label: "Events", type: "refs", target: "event" },
      { name: "verifiedBy", label: "Verified by", type: "text" },
      { name: "verifiedOn", label: "Verified on", type: "date" },
      { name: "unconfirmed", label: "Unconfirmed fields (one per line)", type: "lines" },
    ],
  },
  anchor: {
    type: "anchor",
    label: "Anchor",
    plural: "Anchors",
    group: "record",
    slug: "anchors",
    titleField: "exact",
    idPrefix: null,
    fields: [
      { name: "documentId", label: "Document", type: "ref", target: "document", required: true },
      { name: "exact", label: "Exact text", type: "textarea", required: true, max: 20_000 },
      { name: "prefix", label: "Text before", type: "text", max: 64 },
      { name: "suffix", label: "Text after", type: "text", max: 64 },
    ],
  },
  clash: {
    type: "clash",
    label: "Clash",
    plural: "Clashes",
    group: "classroom",
    slug: "clashes",
    titleField: "question",
    idPrefix: "c-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "question", label: "Neutral question", type: "textarea", required: true, max: 1000 },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  clashSide: {
    type: "clashSide",
    label: "Clash side",
    plural: "Clash sides",
    group: "classroom",
    slug: "clash-sides",
    titleField: "label",
    idPrefix: null,
    fields: [
      { name: "clashId", label: "Clash", type: "ref", target: "clash", required: true },
      { name: "label", label: "Answer", type: "text", required: true },
      { name: "positions", label: "Positions on this side", type: "refs", target: "position" },
      { name: "arguments", label: "Arguments on this side", type: "refs", target: "argument" },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
  prompt: {
    type: "prompt",
    label: "Discussion prompt",
    plural: "Discussion prompts",
    group: "classroom",
    slug: "prompts",
    titleField: "prompt",
    idPrefix: "dq-",
    fields: [
      { name: "caseId", label: "Case", type: "ref", target: "case", required: true },
      { name: "prompt", label: "Question", type: "textarea", required: true, max: 2000 },
      { name: "clashes", label: "Clashes it opens", type: "refs", target: "clash" },
      { name: "sortOrder", label: "Order", type: "number" },
    ],
  },
} as const satisfies Record<EntityType, EntitySpec>;

/** A readable id from a title: prefix + its first words, lowercase, hyphenated. */
export function idFromTitle(prefix: string, title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  const base = words.join("-").slice(0, 80).replace(/-+$/, "");
  return `${prefix}${base || "item"}`;
}

/** Addresses of the admin lists: /admin/legal-sources, /admin/clash-sides … */
export const ENTITY_SLUGS = Object.fromEntries(ENTITY_TYPES.map((t) => [t, ENTITIES[t].slug])) as Record<
  EntityType,
  string
>;

export function entityTypeFromSlug(slug: string): EntityType | null {
  return ENTITY_TYPES.find((t) => ENTITIES[t].slug === slug) ?? null;
}

export const STATUS_LABELS = { draft: "Draft", in_review: "In review", published: "Published" } as const;

/** How each workflow move is worded on its button. */
export const TRANSITION_LABELS = {
  in_review: "Submit for review",
  published: "Publish",
  draft: "Back to draft",
} as const;
