import { Badge, type BadgeTone } from "@/app/_components/ui";
import type { LessonState } from "@/server/services/lessons";

const LABELS: Record<LessonState | "deleted", [string, BadgeTone]> = {
  open: ["Open", "success"],
  closed: ["Closed", "neutral"],
  awaiting_approval: ["Awaiting approval", "warning"],
  withdrawn: ["Content withdrawn", "danger"],
  deleted: ["Deleted", "danger"],
};

/** Where a lesson stands, as a small badge. */
export function LessonStateBadge({ state }: { state: LessonState | "deleted" }) {
  const [label, tone] = LABELS[state];
  return <Badge tone={tone}>{label}</Badge>;
}
