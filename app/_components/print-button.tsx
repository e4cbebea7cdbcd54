"use client";

/** Opens the browser's print dialog; the page's print styles make it a handout. */
export function PrintButton({ label = "Print handout" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-full border border-rule bg-surface px-4 py-1.5 text-sm font-medium hover:border-accent"
    >
      {label}
    </button>
  );
}
