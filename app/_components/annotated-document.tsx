"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Segment } from "@/lib/highlight-segments";
import { routes } from "@/lib/routes";
import { Box } from "./ui";

export type NoteKind = "quote" | "event" | "claim";

export interface Note {
  id: string;
  kind: NoteKind;
  exact: string;
  quotes: { id: string; text: string; speaker: { id: string; name: string } }[];
  events: { id: string; title: string; date: string }[];
  arguments: { id: string; claim: string }[];
}

const MARK: Record<NoteKind, string> = {
  quote: "bg-amber-100 decoration-amber-600 dark:bg-amber-900/50",
  event: "bg-sky-100 decoration-sky-600 dark:bg-sky-900/50",
  claim: "bg-violet-100 decoration-violet-600 dark:bg-violet-900/50",
};
export const NOTE_LABEL: Record<NoteKind, string> = { quote: "Quote", event: "Event", claim: "Claim" };

/**
 * The document with its anchored passages highlighted. Highlights are plain links to
 * #anchor-id, so deep links and the keyboard work as links do; selecting one shows
 * what links to it beside the text.
 */
export function AnnotatedDocument({ segments, notes }: { segments: Segment[]; notes: Note[] }) {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    const sync = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      setSelected(id && notes.some((n) => n.id === id) ? id : null);
    };
    sync();
    window.addEventListener("hashchange", sync);
    return () => window.removeEventListener("hashchange", sync);
  }, [notes]);

  const note = selected ? byId.get(selected) : undefined;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div data-testid="document-text" className="whitespace-pre-wrap font-serif text-lg leading-relaxed">
        {segments.map((s, i) => {
          if (s.spanIds.length === 0) return <span key={i}>{s.text}</span>;
          const primary = byId.get(s.spanIds[0]!)!;
          const active = selected !== null && s.spanIds.includes(selected);
          return (
            <a
              key={i}
              id={s.startsSpanIds[0]}
              href={`#${primary.id}`}
              aria-label={s.startsSpanIds.length ? `${NOTE_LABEL[primary.kind]}: ${s.text}` : undefined}
              className={`scroll-mt-24 rounded-sm text-ink no-underline underline-offset-4 hover:underline ${MARK[primary.kind]} ${
                active ? "outline-2 outline-offset-1 outline-accent" : ""
              }`}
            >
              {s.text}
            </a>
          );
        })}
      </div>
      <aside aria-label="What links to the selected passage" className="no-print lg:sticky lg:top-6 lg:self-start">
        <Box className="space-y-4" aria-live="polite">
          <ul className="flex flex-wrap gap-3 text-xs text-muted" aria-label="Highlight colours">
            {(Object.keys(MARK) as NoteKind[]).map((k) => (
              <li key={k} className="flex items-center gap-1.5">
                <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ${MARK[k]}`} />
                {NOTE_LABEL[k]}
              </li>
            ))}
          </ul>
          {note ? (
            <NoteDetails note={note} />
          ) : (
            <p className="text-sm text-muted">
              Select a highlighted passage to see the quotes, events and arguments that link to it.
            </p>
          )}
        </Box>
      </aside>
    </div>
  );
}

function NoteDetails({ note }: { note: Note }) {
  return (
    <div className="space-y-3 text-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
        Selected {NOTE_LABEL[note.kind].toLowerCase()}
      </p>
      <p className="font-serif text-base">“{note.exact}”</p>
      {note.quotes.map((q) => (
        <p key={q.id}>
          Said by <Link href={routes.actor(q.speaker.id)}>{q.speaker.name}</Link> ·{" "}
          <Link href={routes.quote(q.id)}>Cite this quote</Link>
        </p>
      ))}
      {note.events.length > 0 && (
        <div>
          <p className="font-semibold">Event</p>
          <ul className="space-y-1">
            {note.events.map((e) => (
              <li key={e.id}>
                <Link href={routes.event(e.id)}>{e.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {note.arguments.length > 0 && (
        <div>
          <p className="font-semibold">Arguments that rest on it</p>
          <ul className="list-disc space-y-1 pl-5">
            {note.arguments.map((a) => (
              <li key={a.id}>
                <Link href={routes.argument(a.id)}>{a.claim}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
