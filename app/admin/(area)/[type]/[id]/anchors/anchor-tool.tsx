"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { CodePointText } from "@/lib/code-points";
import { adminRoutes } from "@/lib/curation/routes";
import { RefSearch } from "../../../ref-picker";

type OwnerType = "quote" | "event" | "argument";
const OWNER_LABEL: Record<OwnerType, string> = {
  quote: "Quote",
  event: "Event",
  argument: "Argument (a claim made here)",
};

/**
 * Select words in the text, choose what they belong to, create the anchor. Offsets are
 * counted in code points from the one text node the document is rendered in.
 */
export function AnchorTool({ documentId, text }: { documentId: string; text: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const container = useRef<HTMLDivElement>(null);
  const doc = useMemo(() => new CodePointText(text), [text]);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [ownerType, setOwnerType] = useState<OwnerType>("quote");
  const [owner, setOwner] = useState<{ id: string; title: string | null } | null>(null);
  const create = useMutation(trpc.curation.anchorSelection.mutationOptions({ onSuccess: () => router.refresh() }));

  const resetResult = create.reset;
  useEffect(() => {
    const onChange = () => {
      const sel = window.getSelection();
      const node = container.current?.firstChild;
      if (!sel || sel.rangeCount === 0 || !node) return;
      const range = sel.getRangeAt(0);
      if (range.collapsed || range.startContainer !== node || range.endContainer !== node) return;
      try {
        setSelection({ start: doc.toCodePoint(range.startOffset), end: doc.toCodePoint(range.endOffset) });
        resetResult();
      } catch {
        setSelection(null);
      }
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [doc, resetResult]);

  const words = selection ? doc.slice(selection.start, selection.end) : "";
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Box
        ref={container}
        data-testid="anchor-text"
        pad="lg"
        className="whitespace-pre-wrap font-serif text-lg leading-relaxed selection:bg-amber-200 dark:selection:bg-amber-800"
      >
        {text}
      </Box>
      <aside aria-label="New anchor" className="space-y-4 lg:sticky lg:top-6 lg:self-start">
        <Box className="space-y-3 text-sm">
          <h2 className="font-serif text-lg font-semibold">New anchor</h2>
          {selection ? (
            <>
              <p className="font-serif text-base">“{words}”</p>
              <p className="text-xs text-muted">
                Code points {selection.start}–{selection.end}
              </p>
            </>
          ) : (
            <p className="text-muted">Select words in the text with the mouse or with Shift and the arrow keys.</p>
          )}
          <div className="space-y-1">
            <label htmlFor="owner-type" className="block font-medium">
              It belongs to
            </label>
            <select
              id="owner-type"
              value={ownerType}
              onChange={(e) => {
                setOwnerType(e.target.value as OwnerType);
                setOwner(null);
              }}
              className={inputClass()}
            >
              {(Object.keys(OWNER_LABEL) as OwnerType[]).map((t) => (
                <option key={t} value={t}>
                  {OWNER_LABEL[t]}
                </option>
              ))}
            </select>
          </div>
          {owner ? (
            <p>
              {owner.title ?? owner.id}{" "}
              <button type="button" onClick={() => setOwner(null)} className="text-accent underline">
                change
              </button>
            </p>
          ) : (
            <RefSearch
              target={ownerType}
              inputId="owner-search"
              label={`Which ${ownerType}`}
              onPick={(id, title) => setOwner({ id, title })}
            />
          )}
          <Button
            disabled={!selection || !owner || create.isPending}
            onClick={() =>
              selection &&
              owner &&
              create.mutate({
                documentId,
                start: selection.start,
                end: selection.end,
                owner: { type: ownerType, id: owner.id },
              })
            }
            className="w-full"
          >
            Create anchor
          </Button>
          {create.error && (
            <p role="alert" className="text-rose-700 dark:text-rose-300">
              {create.error.message}
            </p>
          )}
          {create.data && (
            <p role="status" className="text-emerald-800 dark:text-emerald-200">
              Anchor <Link href={adminRoutes.entity("anchor", create.data.anchor.id)}>{create.data.anchor.id}</Link>{" "}
              created and attached to{" "}
              <Link href={adminRoutes.entity(ownerType, create.data.owner.id)}>{create.data.owner.id}</Link>. Both are
              drafts until published.
            </p>
          )}
        </Box>
      </aside>
    </div>
  );
}
