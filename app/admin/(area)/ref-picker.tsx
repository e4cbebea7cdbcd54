"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { inputClass } from "@/app/_components/ui";
import { Combobox, OptionDescription, OptionLabel } from "@/app/_components/combobox";
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

/** Search-as-you-type for one row of a type: a combobox over curation.options. */
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
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const query = useDebounced(text, 200);
  const options = useQuery({ ...trpc.curation.options.queryOptions({ type: target, text: query }), enabled: open });
  const items = (options.data ?? []).filter((o) => !exclude.includes(o.id));

  return (
    <Combobox
      id={inputId}
      label={label}
      listLabel={`${label}: suggestions`}
      describedBy={describedBy}
      placeholder="Type to search…"
      inputValue={text}
      onInputChange={setText}
      onOpenChange={setOpen}
      items={items}
      loading={text !== query || options.isPending || options.isFetching}
      autoFocusFirst
      itemKey={(o) => o.id}
      itemText={(o) => o.title ?? o.id}
      renderItem={(o) => (
        <>
          <OptionLabel className="block text-ink">{o.title ?? o.id}</OptionLabel>
          <OptionDescription className="block font-mono text-xs text-muted">
            {o.id} · {o.status.replace("_", " ")}
          </OptionDescription>
        </>
      )}
      onChoose={(o) => {
        onPick(o.id, o.title);
        setText("");
      }}
      inputClassName={inputClass(false, "text-sm")}
    />
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
