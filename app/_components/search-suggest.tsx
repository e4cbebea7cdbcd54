"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { searchHitHref, type SearchKind } from "@/lib/search-query";

type Suggestion = {
  kind: SearchKind;
  id: string;
  title: string;
  caseSlug: string | null;
  anchorId: string | null;
  speakerId: string | null;
};

const KIND: Record<SearchKind, string> = {
  argument: "Argument",
  position: "Position",
  legal_source: "Legal source",
  event: "Event",
  quote: "Quote",
  actor: "Person or group",
  document: "Document",
};

/**
 * The header's search box with instant suggestions: an ARIA combobox, debounced, driven
 * by the keyboard as well as the mouse. It talks to the API with a plain fetch to stay
 * light, since every page carries it; without JavaScript it is a plain search form.
 */
export function SearchSuggest({ id }: { id: string }) {
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    const n = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const input = encodeURIComponent(JSON.stringify({ json: { q } }));
        const res = await fetch(`/api/trpc/search.suggest?input=${input}`);
        if (!res.ok || n !== request.current) return;
        const body = (await res.json()) as { result: { data: { json: Suggestion[] } } };
        setItems(body.result.data.json);
        setActive(-1);
        setOpen(true);
      } catch {
        // Suggestions are a convenience: the form still submits to /search.
      }
    }, 180);
    return () => clearTimeout(timer);
  }, [text]);

  const shown = text.trim().length >= 2 ? items : [];

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && shown.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % shown.length);
    } else if (e.key === "ArrowUp" && shown.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? shown.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter" && open && active >= 0 && shown[active]) {
      e.preventDefault();
      setOpen(false);
      router.push(searchHitHref(shown[active]) as never);
    }
  }

  const expanded = open && shown.length > 0;
  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="relative flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        Search arguments, sources, events, quotes and the record
      </label>
      <input
        id={id}
        name="q"
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={200}
        placeholder="Search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="min-w-0 flex-1 rounded-md border border-rule bg-paper px-3 py-1.5 text-sm"
      />
      <button
        type="submit"
        className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-paper hover:opacity-90"
      >
        Search
      </button>
      {expanded && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="absolute left-0 right-0 top-full z-30 mt-1 max-h-96 overflow-auto rounded-md border border-rule bg-surface shadow-lg"
        >
          {shown.map((s, i) => (
            <li
              key={`${s.kind}:${s.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                setOpen(false);
                router.push(searchHitHref(s) as never);
              }}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-accent-soft" : ""}`}
            >
              <span className="block text-xs text-muted">{KIND[s.kind]}</span>
              <span className="line-clamp-2 text-ink">{s.kind === "quote" ? `${s.title}, quoted` : s.title}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
