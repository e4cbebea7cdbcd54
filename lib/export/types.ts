import type { CitationParts, LegislativeAction } from "../bluebook";

/**
 * What a case export holds: every published row of one case, table by table (see
 * db/queries/export.ts, whose answer must be of this type). The export formats in this
 * folder are pure functions of it.
 */

export interface ExportedCase {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startDate: string | null;
  endDate: string | null;
  dateNote: string | null;
  timelineStart: string | null;
  timelineEnd: string | null;
  nameVariants: Record<string, string[]>;
}

export interface ExportedDocument {
  id: string;
  isCaseArticle: boolean;
  kind: string;
  title: string;
  titleNote: string | null;
  publisher: string | null;
  publisherNote: string | null;
  publicationDate: string | null;
  datePrecision: "day" | "month" | "year" | null;
  dateApproximate: boolean;
  dateNote: string | null;
  url: string | null;
  language: string;
  text: string;
  sha256: string;
}

export interface ExportedAnchor {
  id: string;
  documentId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface ExportedActor {
  id: string;
  name: string;
  kind: "person" | "office" | "institution" | "state" | "armed_group" | "organization" | "group";
  role: string | null;
  affiliation: string | null;
  usState: string | null;
  aliases: string[];
  summary: string | null;
}

export interface ExportedLegalSource {
  verification: "checked" | "background";
  date: string;
  id: string;
  kind:
    | "constitution"
    | "statute"
    | "provision"
    | "treaty"
    | "case"
    | "executive_opinion"
    | "presidential_letter"
    | "diplomatic_note"
    | "bill";
  summary: string;
  dateNote: string | null;
  datePrecision: "day" | "month" | "year";
  url: string | null;
  history: LegislativeAction[];
  parentId: string | null;
  shortTitle: string;
  citation: string;
  citationParts: CitationParts;
  citationNote: string | null;
  urlNote: string | null;
  additionalUrls: string[];
  mirrorUrl: string | null;
  mirrorNote: string | null;
  alsoKnownAs: string[];
  relatedCitations: string[];
  actSection: string | null;
  enactedBy: string | null;
  legalStatus: "in_force" | "repealed" | "expired" | "pending" | "failed" | null;
  repealedById: string | null;
  verifiedBy: string | null;
  verifiedOn: string | null;
  unconfirmed: string[];
}

export interface ExportedLegalSourceActor {
  sortOrder: number;
  legalSourceId: string;
  actorId: string;
  role: "author" | "addressee" | "sponsor";
}

/** A verbatim passage of a legal source, with its pinpoint (and, for a separate opinion, whose). */
export interface ExportedKeyPassage {
  id: string;
  legalSourceId: string;
  pinpoint: string;
  opinion: string | null;
  text: string;
  verification: "checked" | "background";
  sortOrder: number;
}

export interface ExportedPosition {
  id: string;
  title: string;
  summary: string;
  stance: "lawful" | "unlawful" | "contested" | "reform";
  legalFrame: "legislative" | "domestic" | "international" | "domestic_and_international" | "policy";
  sortOrder: number;
}

export interface ExportedPositionActor {
  sortOrder: number;
  positionId: string;
  actorId: string;
  role: "holder" | "discussant";
}

export interface ExportedArgument {
  id: string;
  positionId: string;
  claim: string;
  explanation: string;
  derivedFrom: string | null;
  placementNote: string | null;
  sortOrder: number;
}

export interface ExportedArgumentAttribution {
  sortOrder: number;
  argumentId: string;
  actorId: string;
}

export interface ExportedCitation {
  id: string;
  argumentId: string;
  legalSourceId: string;
  pinpoint: string | null;
  use: "relies_on" | "distinguishes" | "contests";
  note: string | null;
  sortOrder: number;
}

export interface ExportedArgumentRelation {
  id: string;
  fromArgumentId: string | null;
  fromPositionId: string | null;
  toArgumentId: string | null;
  toPositionId: string | null;
  toEventId: string | null;
  kind: "supports" | "rebuts" | "undercuts" | "qualifies";
  note: string | null;
  inferred: boolean;
  sortOrder: number;
}

export interface ExportedEvent {
  id: string;
  title: string;
  kind: "attack" | "use_of_force" | "statement" | "report" | "legislative" | "other";
  date: string;
  endDate: string | null;
  datePrecision: "day" | "month" | "year";
  dateNote: string | null;
  timeZoneNote: string | null;
  place: string | null;
  summary: string;
  inArticle: boolean;
  articleNote: string | null;
  verification: "checked" | "background" | null;
  unconfirmedDetails: string[];
}

export interface ExportedEventActor {
  sortOrder: number;
  eventId: string;
  actorId: string;
}

export interface ExportedEventLegalSource {
  sortOrder: number;
  eventId: string;
  legalSourceId: string;
}

export interface ExportedEventAnchor {
  sortOrder: number;
  eventId: string;
  anchorId: string;
}

export interface ExportedQuote {
  id: string;
  speakerId: string;
  text: string;
  date: string | null;
  datePrecision: "day" | "month" | "year" | null;
  dateApproximate: boolean;
  dateNote: string | null;
  anchorId: string | null;
  inArticle: boolean;
  fragment: boolean;
  textNote: string | null;
  sourceUrl: string | null;
  reportedBy: string | null;
  attributionNote: string | null;
  variantOfId: string | null;
  excerptOfId: string | null;
  unconfirmed: string[];
  verifiedBy: string | null;
  verifiedOn: string | null;
}

export interface ExportedQuoteEvent {
  sortOrder: number;
  quoteId: string;
  eventId: string;
}

export interface ExportedArgumentEvent {
  sortOrder: number;
  argumentId: string;
  eventId: string;
}

export interface ExportedArgumentQuote {
  sortOrder: number;
  argumentId: string;
  quoteId: string;
}

export interface ExportedArgumentAnchor {
  sortOrder: number;
  argumentId: string;
  anchorId: string;
}

export interface ExportedClash {
  id: string;
  question: string;
  sortOrder: number;
}

export interface ExportedClashSide {
  id: string;
  clashId: string;
  label: string;
  sortOrder: number;
}

export interface ExportedClashSideArgument {
  sortOrder: number;
  clashSideId: string;
  argumentId: string;
}

export interface ExportedClashSidePosition {
  sortOrder: number;
  clashSideId: string;
  positionId: string;
}

export interface ExportedPrompt {
  id: string;
  prompt: string;
  sortOrder: number;
}

export interface ExportedPromptClash {
  sortOrder: number;
  promptId: string;
  clashId: string;
}

export interface CaseExportData {
  case: ExportedCase;
  documents: ExportedDocument[];
  anchors: ExportedAnchor[];
  actors: ExportedActor[];
  legalSources: ExportedLegalSource[];
  legalSourceActors: ExportedLegalSourceActor[];
  keyPassages: ExportedKeyPassage[];
  positions: ExportedPosition[];
  positionActors: ExportedPositionActor[];
  arguments: ExportedArgument[];
  argumentAttributions: ExportedArgumentAttribution[];
  citations: ExportedCitation[];
  argumentRelations: ExportedArgumentRelation[];
  events: ExportedEvent[];
  eventActors: ExportedEventActor[];
  eventLegalSources: ExportedEventLegalSource[];
  eventAnchors: ExportedEventAnchor[];
  quotes: ExportedQuote[];
  quoteEvents: ExportedQuoteEvent[];
  argumentEvents: ExportedArgumentEvent[];
  argumentQuotes: ExportedArgumentQuote[];
  argumentAnchors: ExportedArgumentAnchor[];
  clashes: ExportedClash[];
  clashSides: ExportedClashSide[];
  clashSideArguments: ExportedClashSideArgument[];
  clashSidePositions: ExportedClashSidePosition[];
  prompts: ExportedPrompt[];
  promptClashes: ExportedPromptClash[];
}
