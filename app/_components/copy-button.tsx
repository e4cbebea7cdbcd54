"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so, for screen readers too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2500);
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="no-print inline-flex items-center gap-1 rounded-md border border-rule bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent"
    >
      {label}
      <span role="status" className="text-xs font-normal text-muted">
        {state === "copied" ? "· Copied" : state === "failed" ? "· Select and copy the text instead" : ""}
      </span>
    </button>
  );
}
