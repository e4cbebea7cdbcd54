"use client";

import { useMutation, useQueryClient, useSuspenseQuery, type UseMutationResult } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Alert, Badge, Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { adminRoutes } from "@/lib/curation/routes";

type Precision = "day" | "month" | "year";
type WorkspaceData = inferRouterOutputs<AppRouter>["authoring"]["propose"];
type Mutation<K extends "accept" | "reject"> = UseMutationResult<
  inferRouterOutputs<AppRouter>["authoring"][K],
  TRPCClientErrorLike<AppRouter>,
  inferRouterInputs<AppRouter>["authoring"][K]
>;
type AcceptMutation = Mutation<"accept">;
type RejectMutation = Mutation<"reject">;
const CONTEXT = 60;

/** The words around a span, with the span marked: each proposal is shown where it stands. */
function InText({ text, start, end }: { text: string[]; start: number; end: number }) {
  return (
    <p className="font-serif leading-relaxed">
      <span className="text-muted">…{text.slice(Math.max(0, start - CONTEXT), start).join("")}</span>
      <mark className="rounded-sm bg-amber-100 px-0.5 text-ink dark:bg-amber-900/60">
        {text.slice(start, end).join("")}
      </mark>
      <span className="text-muted">{text.slice(end, end + CONTEXT).join("")}…</span>
    </p>
  );
}

/**
 * The workspace for one document: every proposal in its place with the evidence for it.
 * Quotations need a speaker (a known actor, or a new one to create); ambiguous ones start
 * unticked. Accepting creates the ticked ones as anchored drafts, in one step.
 */
export function Workspace({ documentId }: { documentId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.authoring.propose.queryOptions({ documentId }));
  // What is accepted or rejected is no longer proposed: the proposals are read again.
  const refresh = {
    onSuccess: () => queryClient.invalidateQueries(trpc.authoring.propose.queryFilter({ documentId })),
  };
  const accept = useMutation(trpc.authoring.accept.mutationOptions(refresh));
  const reject = useMutation(trpc.authoring.reject.mutationOptions(refresh));
  return <Review documentId={documentId} data={data} accept={accept} reject={reject} />;
}

type Quote = WorkspaceData["proposals"]["quotes"][number];
type Event = WorkspaceData["proposals"]["events"][number];
type QuoteChoice = { accept: boolean; speaker: string; date: string };
type EventChoice = { accept: boolean; title: string; date: string; precision: Precision; place: string };
/** A proposal is known by its span (and an event by its date too: a statement and a dated sentence may share one). */
const keyOf = (p: { start: number; end: number; date?: string }) => `${p.start}:${p.end}:${p.date ?? ""}`;
const quoteDefaults = (q: Quote): QuoteChoice => ({
  accept: !q.ambiguous && q.speaker !== null,
  speaker: q.speaker ? (q.speaker.actorId ? `id:${q.speaker.actorId}` : `new:${q.speaker.name}`) : "",
  date: q.date,
});
const eventDefaults = (e: Event): EventChoice => ({
  accept: true,
  title: e.text.length > 120 ? `${e.text.slice(0, 117).replace(/\s+\S*$/, "")}…` : e.text,
  date: e.date,
  precision: e.precision,
  place: e.place ?? "",
});

function Review({
  documentId,
  data,
  accept,
  reject,
}: {
  documentId: string;
  data: WorkspaceData;
  accept: AcceptMutation;
  reject: RejectMutation;
}) {
  const { document, proposals, actorNames } = data;
  const text = useMemo(() => [...document.text], [document.text]);
  // The editor's changes, by proposal: they survive the proposals being read again.
  const [quoteEdits, setQuoteEdits] = useState<Record<string, Partial<QuoteChoice>>>({});
  const [eventEdits, setEventEdits] = useState<Record<string, Partial<EventChoice>>>({});
  const quotes = proposals.quotes.map((p) => ({ ...quoteDefaults(p), ...quoteEdits[keyOf({ ...p, date: "" })] }));
  const events = proposals.events.map((p) => ({ ...eventDefaults(p), ...eventEdits[keyOf(p)] }));
  const rejectOne = (kind: "quote" | "event" | "citation", p: { start: number; end: number }, restore = false) =>
    reject.mutate({ documentId, kind, start: p.start, end: p.end, restore });
  const newNames = [
    ...new Set(proposals.quotes.flatMap((q) => (q.speaker && !q.speaker.actorId ? [q.speaker.name] : []))),
  ];
  const known = Object.entries(actorNames).sort((a, b) => a[1].localeCompare(b[1]));
  const chosen = quotes.filter((q) => q.accept && q.speaker);
  const creating = [...new Set(chosen.filter((q) => q.speaker.startsWith("new:")).map((q) => q.speaker.slice(4)))];

  function submit() {
    accept.mutate({
      documentId,
      newActors: creating.map((name) => ({ name, kind: "person" as const })),
      quotes: proposals.quotes.flatMap((p, i) => {
        const q = quotes[i]!;
        if (!q.accept || !q.speaker) return [];
        const speaker = q.speaker.startsWith("id:")
          ? { actorId: q.speaker.slice(3) }
          : { newActor: q.speaker.slice(4) };
        return [{ start: p.start, end: p.end, speaker, date: q.date, precision: "day" as const }];
      }),
      events: proposals.events.flatMap((p, i) => {
        const e = events[i]!;
        if (!e.accept) return [];
        return [
          {
            start: p.start,
            end: p.end,
            title: e.title,
            date: e.date,
            precision: e.precision,
            place: e.place.trim() || null,
            actorIds: p.actorIds,
            newActors: [],
          },
        ];
      }),
    });
  }

  const acceptCount = chosen.length + events.filter((e) => e.accept).length;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <p className="text-sm text-muted">
          {document.caseTitle} · <Link href={adminRoutes.entity("document", document.id)}>the document</Link> · dates
          read against {data.date}
        </p>
        <h1 className="font-serif text-3xl font-semibold">Proposals for “{document.title}”</h1>
        <p className="text-muted">
          {proposals.quotes.length} quotations, {proposals.events.length} events, {proposals.citations.length} legal
          citations and {new Set(proposals.actors.map((a) => a.actorId ?? a.name)).size} people and groups. Tick what to
          keep and correct it; nothing is created until you accept.
        </p>
      </header>

      {accept.data && (
        <Alert tone="success" title="Created as drafts">
          <p>
            {accept.data.quotes.length} quotations, {accept.data.events.length} events
            {accept.data.actors.length ? ` and ${accept.data.actors.length} new actors` : ""}, anchored in the text.{" "}
            <Link href={adminRoutes.anchors(document.id)}>See them in the document</Link> ·{" "}
            <Link href={adminRoutes.list("quote", { status: "draft" })}>the draft quotations</Link>
          </p>
          {accept.data.quoteDetails.length > 0 && (
            <ul className="list-disc pl-5">
              {accept.data.quoteDetails.map((q, n) => (
                <li key={q.id}>
                  <Link
                    href={adminRoutes.newEntity("argument", {
                      quotes: q.id,
                      attributedTo: q.speakerId,
                      anchors: q.anchorId,
                      derivedFrom: `Quoted in “${accept.data.documentTitle}”`,
                    })}
                  >
                    Start an argument from quotation {n + 1}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {accept.error && (
        <Alert tone="error" title="Nothing was created">
          {accept.error.message}
        </Alert>
      )}

      <section aria-labelledby="quotes-heading" className="space-y-3">
        <h2 id="quotes-heading" className="font-serif text-2xl font-semibold">
          Quotations
        </h2>
        {proposals.quotes.length === 0 && <p className="text-muted">No quotation left to propose.</p>}
        <ol className="space-y-3">
          {proposals.quotes.map((p, i) => {
            const q = quotes[i]!;
            const k = keyOf({ ...p, date: "" });
            const set = (change: Partial<QuoteChoice>) =>
              setQuoteEdits((all) => ({ ...all, [k]: { ...all[k], ...change } }));
            return (
              <Box as="li" key={`${p.start}-${p.end}`} className="space-y-2">
                <div className="flex flex-wrap items-center gap-3">
                  <label className="flex items-center gap-2 text-sm font-medium">
                    <input type="checkbox" checked={q.accept} onChange={(e) => set({ accept: e.target.checked })} />
                    Accept quotation {i + 1}
                  </label>
                  {p.ambiguous && <Badge tone="warning">Check the speaker</Badge>}
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => rejectOne("quote", p)}
                    disabled={reject.isPending}
                  >
                    Reject quotation {i + 1}
                  </Button>
                </div>
                <InText text={text} start={p.start} end={p.end} />
                <div className="grid gap-3 sm:grid-cols-2">
                  <label className="flex flex-col gap-1 text-sm">
                    Speaker of quotation {i + 1}
                    <select
                      value={q.speaker}
                      onChange={(e) => set({ speaker: e.target.value })}
                      className={inputClass(q.accept && !q.speaker)}
                    >
                      <option value="">Choose a speaker</option>
                      {known.map(([id, name]) => (
                        <option key={id} value={`id:${id}`}>
                          {name}
                        </option>
                      ))}
                      {newNames.map((name) => (
                        <option key={name} value={`new:${name}`}>
                          New actor: {name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="flex flex-col gap-1 text-sm">
                    Said on
                    <input
                      type="date"
                      value={q.date}
                      onChange={(e) => set({ date: e.target.value })}
                      className={inputClass()}
                    />
                  </label>
                </div>
                <p className="text-sm text-muted">Why: {p.evidence}</p>
              </Box>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="events-heading" className="space-y-3">
        <h2 id="events-heading" className="font-serif text-2xl font-semibold">
          Events
        </h2>
        {proposals.events.length === 0 && <p className="text-muted">No dated event left to propose.</p>}
        <ol className="space-y-3">
          {proposals.events.map((p, i) => {
            const e = events[i]!;
            const k = keyOf(p);
            const set = (change: Partial<EventChoice>) =>
              setEventEdits((all) => ({ ...all, [k]: { ...all[k], ...change } }));
            return (
              <Box as="li" key={`${p.start}-${p.end}-${p.date}`} className="space-y-2">
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" checked={e.accept} onChange={(x) => set({ accept: x.target.checked })} />
                  Accept event {i + 1}
                </label>
                <Button variant="secondary" size="sm" onClick={() => rejectOne("event", p)} disabled={reject.isPending}>
                  Reject event {i + 1}
                </Button>
                <InText text={text} start={p.start} end={p.end} />
                <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
                  <label className="flex flex-col gap-1 text-sm">
                    Title of event {i + 1}
                    <input value={e.title} onChange={(x) => set({ title: x.target.value })} className={inputClass()} />
                  </label>
                  <label className="flex flex-col gap-1 text-sm">
                    Date
                    <input value={e.date} onChange={(x) => set({ date: x.target.value })} className={inputClass()} />
                  </label>
                  <label className="flex flex-col gap-1 text-sm">
                    Precision
                    <select
                      value={e.precision}
                      onChange={(x) => set({ precision: x.target.value as Precision })}
                      className={inputClass()}
                    >
                      <option value="day">day</option>
                      <option value="month">month</option>
                      <option value="year">year</option>
                    </select>
                  </label>
                </div>
                <p className="text-sm text-muted">
                  Why: {p.evidence}
                  {p.place && ` Place: ${p.place}.`}
                  {p.actorIds.length > 0 && ` Involving ${p.actorIds.map((id) => actorNames[id] ?? id).join(", ")}.`}
                </p>
              </Box>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="citations-heading" className="space-y-3">
        <h2 id="citations-heading" className="font-serif text-2xl font-semibold">
          Legal citations
        </h2>
        {proposals.citations.length === 0 ? (
          <p className="text-muted">The text cites no law in a form the proposer knows.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {proposals.citations.map((c) => (
              <li key={`${c.start}-${c.end}`}>
                <span className="font-serif">{c.citation}</span>{" "}
                {c.sourceId ? (
                  <Link href={adminRoutes.entity("legalSource", c.sourceId)}>in the library</Link>
                ) : (
                  <Badge tone="warning">not in the library</Badge>
                )}
                <span className="text-muted"> · {c.evidence}</span>{" "}
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => rejectOne("citation", c)}
                  disabled={reject.isPending}
                >
                  Reject
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.rejected.quotes.length + data.rejected.events.length + data.rejected.citations.length > 0 && (
        <section aria-labelledby="rejected-heading" className="space-y-3">
          <h2 id="rejected-heading" className="font-serif text-2xl font-semibold">
            Rejected
          </h2>
          <p className="text-sm text-muted">Remembered for this document, and not proposed again unless restored.</p>
          <ul className="space-y-2 text-sm">
            {(
              [
                ...data.rejected.quotes.map((q) => ["quote", q, `Quotation: “${q.text}”`] as const),
                ...data.rejected.events.map((e) => ["event", e, `Event on ${e.date}: ${e.text}`] as const),
                ...data.rejected.citations.map((c) => ["citation", c, `Citation: ${c.citation}`] as const),
              ] as const
            ).map(([kind, item, label]) => (
              <li key={`${kind}-${keyOf(item)}`} className="flex flex-wrap items-baseline gap-3">
                <span className="min-w-0 flex-1">{label.length > 160 ? `${label.slice(0, 157)}…` : label}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => rejectOne(kind, item, true)}
                  disabled={reject.isPending}
                >
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-rule bg-paper py-3">
        <Button onClick={submit} disabled={accept.isPending || acceptCount === 0}>
          {accept.isPending
            ? "Creating…"
            : `Create ${chosen.length} quotations and ${events.filter((e) => e.accept).length} events as drafts`}
        </Button>
        {creating.length > 0 && <p className="text-sm text-muted">New actors: {creating.join(", ")}.</p>}
      </div>
    </div>
  );
}
