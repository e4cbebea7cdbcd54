import type { LessonState } from "@/server/services/lessons";

const LABELS: Record<LessonState | "deleted", [string, string]> = {
  open: ["Open", "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"],
  closed: ["Closed", "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100"],
  awaiting_approval: ["Awaiting approval", "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"],
  withdrawn: ["Content withdrawn", "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200"],
  deleted: ["Deleted", "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200"],
};

/** Where a lesson stands, as a small badge. */
export function LessonStateBadge({ state }: { state: LessonState | "deleted" }) {
  const [label, style] = LABELS[state];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide whitespace-nowrap ${style}`}
    >
      {label}
    </span>
  );
}
