import {
  CITATION_USE_LABELS,
  EVENT_KIND_LABELS,
  LEGAL_SOURCE_KIND_LABELS,
  RELATION_LABELS,
  STANCE_LABELS,
} from "@/lib/labels";
import { Badge, type BadgeTone } from "./ui";

const STANCE_TONES: Record<keyof typeof STANCE_LABELS, BadgeTone> = {
  lawful: "success",
  unlawful: "danger",
  contested: "warning",
  reform: "accent",
};

export function StanceBadge({ stance }: { stance: keyof typeof STANCE_LABELS }) {
  return <Badge tone={STANCE_TONES[stance]}>{STANCE_LABELS[stance]}</Badge>;
}

const USE_TONES: Record<keyof typeof CITATION_USE_LABELS, BadgeTone> = {
  relies_on: "accent",
  distinguishes: "warning",
  contests: "danger",
};

export function UseBadge({ use }: { use: keyof typeof CITATION_USE_LABELS }) {
  return <Badge tone={USE_TONES[use]}>{CITATION_USE_LABELS[use]}</Badge>;
}

const RELATION_TONES: Record<keyof typeof RELATION_LABELS, BadgeTone> = {
  supports: "success",
  rebuts: "danger",
  undercuts: "warning",
  qualifies: "neutral",
};

export function RelationBadge({
  kind,
  direction,
}: {
  kind: keyof typeof RELATION_LABELS;
  direction: "outgoing" | "incoming";
}) {
  return <Badge tone={RELATION_TONES[kind]}>{RELATION_LABELS[kind][direction]}</Badge>;
}

export function KindBadge({ label }: { label: string }) {
  return <Badge tone="outline">{label}</Badge>;
}

export function EventKindBadge({ kind }: { kind: keyof typeof EVENT_KIND_LABELS }) {
  return <KindBadge label={EVENT_KIND_LABELS[kind]} />;
}

export function SourceKindBadge({ kind }: { kind: keyof typeof LEGAL_SOURCE_KIND_LABELS }) {
  return <KindBadge label={LEGAL_SOURCE_KIND_LABELS[kind]} />;
}
