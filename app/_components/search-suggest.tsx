"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { searchHitHref, type SearchKind } from "@/lib/search-query";
import { Combobox, OptionDescription, OptionLabel } from "./combobox";
import { Button, inputClass } from "./ui";

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

const MIN_LENGTH = 2;

function suggestionText(s: Suggestion) {
  return s.kind === "quote" ? `${s.title}, quoted` : s.title;
}

/**
 * The header's search box with instant suggestions, debounced. Enter with no suggestion
 * focused runs the full search; choosing a suggestion opens it. It asks the public REST API
 * (/api/v1/search/suggest, plain JSON) with a fetch, to stay light since every page
 * carries it; without JavaScript it is a plain search form.
 */
export function SearchSuggest({ id }: { id: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const [answer, setAnswer] = useState<{ q: string; items: Suggestion[] }>({ q: "", items: [] });
  const q = text.trim();

  useEffect(() => {
    if (q.length < MIN_LENGTH) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/search/suggest?q=${encodeURIComponent(q)}`, { signal: abort.signal });
        if (!res.ok) throw new Error(`/api/v1/search/suggest answered ${res.status}`);
        setAnswer({ q, items: (await res.json()) as Suggestion[] });
      } catch {
        // Suggestions are a convenience: the form still submits to /search.
        if (!abort.signal.aborted) setAnswer({ q, items: [] });
      }
    }, 180);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [q]);

  return (
    <form ref={form} action="/search" method="get" role="search" aria-label="Site search" className="w-full">
      <Combobox
        id={id}
        name="q"
        label="Search arguments, sources, events, quotes and the record"
        listLabel="Suggestions"
        placeholder="Search"
        maxLength={200}
        minLength={MIN_LENGTH}
        inputValue={text}
        onInputChange={setText}
        items={answer.items}
        loading={answer.q !== q}
        itemKey={(s) => `${s.kind}:${s.id}`}
        itemText={suggestionText}
        renderItem={(s) => (
          <>
            <OptionDescription className="block text-xs text-muted">{KIND[s.kind]}</OptionDescription>
            <OptionLabel className="line-clamp-2 text-ink">{suggestionText(s)}</OptionLabel>
          </>
        )}
        onChoose={(s) => router.push(searchHitHref(s))}
        onSubmit={() => form.current?.requestSubmit()}
        inputClassName={inputClass(false, "min-w-0 flex-1 text-sm")}
        addon={
          <Button type="submit" size="sm">
            Search
          </Button>
        }
      />
    </form>
  );
}
