/** Reader-facing names for the model's enums, one place for every page. */
export const STANCE_LABELS = {
  lawful: "Lawful",
  unlawful: "Unlawful",
  contested: "Contested",
  reform: "Reform",
} as const;

export const LEGAL_FRAME_LABELS = {
  domestic: "U.S. law",
  international: "International law",
  domestic_and_international: "U.S. and international law",
  legislative: "Legislation",
  policy: "Policy",
} as const;

export const CITATION_USE_LABELS = {
  relies_on: "Relies on",
  distinguishes: "Distinguishes",
  contests: "Contests",
} as const;

export const RELATION_LABELS = {
  supports: { outgoing: "Supports", incoming: "Supported by" },
  rebuts: { outgoing: "Rebuts", incoming: "Rebutted by" },
  undercuts: { outgoing: "Undercuts", incoming: "Undercut by" },
  qualifies: { outgoing: "Qualifies", incoming: "Qualified by" },
} as const;

export const EVENT_KIND_LABELS = {
  attack: "Attack",
  use_of_force: "Use of force",
  statement: "Statement",
  report: "Report",
  legislative: "Congress",
  other: "Other",
} as const;

export const LEGAL_SOURCE_KIND_LABELS = {
  constitution: "Constitution",
  statute: "Statute",
  provision: "Provision",
  treaty: "Treaty",
  case: "Court decision",
  executive_opinion: "Executive opinion",
  presidential_letter: "Presidential letter",
  diplomatic_note: "Diplomatic note",
  bill: "Bill",
} as const;

export const ACTOR_KIND_LABELS = {
  person: "Person",
  office: "Office",
  institution: "Institution",
  state: "State",
  armed_group: "Armed group",
  organization: "Organization",
  group: "Group",
} as const;

export const LEGAL_STATUS_LABELS = {
  in_force: "In force",
  repealed: "Repealed",
  expired: "Expired",
  pending: "Pending",
  failed: "Failed",
} as const;

/** "Tim Kaine, Chris Murphy and 2 others" */
export function listNames(names: string[], max = 3): string {
  if (names.length <= max) {
    return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }
  const rest = names.length - max;
  return `${names.slice(0, max).join(", ")} and ${rest} other${rest === 1 ? "" : "s"}`;
}
