import {
  CITATION_USE_LABELS,
  EVENT_KIND_LABELS,
  LEGAL_SOURCE_KIND_LABELS,
  RELATION_LABELS,
  STANCE_LABELS,
} from "@/lib/labels";

const base =
  "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide whitespace-nowrap";

const STANCE_STYLES: Record<keyof typeof STANCE_LABELS, string> = {
  lawful: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  unlawful: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
  contested: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  reform: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
};

export function StanceBadge({ stance }: { stance: keyof typeof STANCE_LABELS }) {
  return <span className={`${base} ${STANCE_STYLES[stance]}`}>{STANCE_LABELS[stance]}</span>;
}

const USE_STYLES: Record<keyof typeof CITATION_USE_LABELS, string> = {
  relies_on: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  distinguishes: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  contests: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
};

export function UseBadge({ use }: { use: keyof typeof CITATION_USE_LABELS }) {
  return <span className={`${base} ${USE_STYLES[use]}`}>{CITATION_USE_LABELS[use]}</span>;
}

const RELATION_STYLES: Record<keyof typeof RELATION_LABELS, string> = {
  supports: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  rebuts: "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200",
  undercuts: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  qualifies: "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100",
};

export function RelationBadge({
  kind,
  direction,
}: {
  kind: keyof typeof RELATION_LABELS;
  direction: "outgoing" | "incoming";
}) {
  return <span className={`${base} ${RELATION_STYLES[kind]}`}>{RELATION_LABELS[kind][direction]}</span>;
}

export function KindBadge({ label }: { label: string }) {
  return <span className={`${base} border border-rule text-muted`}>{label}</span>;
}

export function EventKindBadge({ kind }: { kind: keyof typeof EVENT_KIND_LABELS }) {
  return <KindBadge label={EVENT_KIND_LABELS[kind]} />;
}

export function SourceKindBadge({ kind }: { kind: keyof typeof LEGAL_SOURCE_KIND_LABELS }) {
  return <KindBadge label={LEGAL_SOURCE_KIND_LABELS[kind]} />;
}
