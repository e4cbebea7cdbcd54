"use client";

import { useState } from "react";
import { Button } from "./ui";

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
    <Button variant="secondary" size="sm" onClick={copy} className="no-print hover:text-accent">
      {label}
      <span role="status" className="text-xs font-normal text-muted">
        {state === "copied" ? "· Copied" : state === "failed" ? "· Select and copy the text instead" : ""}
      </span>
    </Button>
  );
}
