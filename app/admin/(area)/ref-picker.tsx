"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { EntityType } from "@/lib/curation/entities";

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Search-as-you-type for one row of a type: an ARIA combobox over curation.options. */
export function RefSearch({
  target,
  inputId,
  label,
  onPick,
  exclude = [],
  describedBy,
}: {
  target: EntityType;
  inputId: string;
  label: string;
  onPick: (id: string, title: string | null) => void;
  exclude?: string[];
  describedBy?: string;
}) {
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text, 200);
  const options = useQuery({ ...trpc.curation.options.queryOptions({ type: target, text: query }), enabled: open });
  const items = (options.data ?? []).filter((o) => !exclude.includes(o.id));

  function pick(i: number) {
    const item = items[i];
    if (!item) return;
    onPick(item.id, item.title);
    setText("");
    setOpen(false);
  }
  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(items.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open && items.length) {
      e.preventDefault();
      pick(active);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  return (
    <div className="relative">
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder="Type to search…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
        className="w-full rounded-md border border-rule bg-paper px-3 py-1.5 text-sm"
      />
      {open && items.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label}: suggestions`}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-rule bg-surface shadow-lg"
        >
          {items.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-accent-soft" : ""}`}
            >
              <span className="block text-ink">{o.title ?? o.id}</span>
              <span className="block font-mono text-xs text-muted">
                {o.id} · {o.status.replace("_", " ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The title of a row, for showing what a reference points at. */
export function useRefTitle(target: EntityType, id: string | null) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.curation.options.queryOptions({ type: target, text: id ?? "" }), enabled: !!id });
  return q.data?.find((o) => o.id === id)?.title ?? null;
}

export function RefChip({
  target,
  id,
  onRemove,
  label,
}: {
  target: EntityType;
  id: string;
  onRemove: () => void;
  label: string;
}) {
  const title = useRefTitle(target, id);
  return (
    <span className="inline-flex max-w-full items-center gap-2 rounded-md border border-rule bg-surface px-2 py-1 text-sm">
      <span className="min-w-0">
        <span className="block truncate">{title ?? id}</span>
        <span className="block font-mono text-xs text-muted">{id}</span>
      </span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove ${title ?? id} from ${label}`}
        className="rounded px-1 text-muted hover:text-rose-700"
      >
        ×
      </button>
    </span>
  );
}
