"use client";

import type { inferRouterOutputs } from "@trpc/server";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { Alert, Badge, Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import type { AppRouter } from "@/server/root";
import { useJoined } from "./join-lesson";

type Room = inferRouterOutputs<AppRouter>["lessons"]["room"];
type Contribution = Room["contributions"][number];
/** An argument a student may rebut: a curated one of the lesson, or another student's approved contribution. */
export type Target = { kind: "argument" | "contribution"; id: string; claim: string; side: number; sideLabel: string };

const RoomContext = createContext<{ code: string; room: Room; writable: boolean } | null>(null);
function useRoom() {
  const value = useContext(RoomContext);
  if (!value) throw new Error("useRoom outside <ClassroomProvider>");
  return value;
}

/** How often a student's page asks for new approvals, a swap or an assigned side. */
const POLL_MS = 10_000;

/**
 * The classroom as this browser sees it, kept fresh while the lesson runs. When the side the
 * student argues changes (the teacher assigned one, or swapped sides), the page is
 * rendered again so their side's column comes first.
 */
export function ClassroomProvider({
  code,
  initial,
  writable,
  children,
}: {
  code: string;
  initial: Room;
  /** Whether students may write now (the lesson is open). */
  writable: boolean;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data } = useQuery({
    ...trpc.lessons.room.queryOptions({ code }),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const room = data ?? initial;
  const side = room.me.side;
  useEffect(() => {
    if (side !== initial.me.side) router.refresh();
  }, [side, initial.me.side, router]);
  return <RoomContext.Provider value={{ code, room, writable }}>{children}</RoomContext.Provider>;
}

function useRefreshRoom() {
  const trpc = useTRPC();
  const client = useQueryClient();
  const { code } = useRoom();
  return useCallback(
    () => client.invalidateQueries({ queryKey: trpc.lessons.room.queryKey({ code }) }),
    [client, trpc, code],
  );
}

/** Once this browser has joined, its side (if the lesson has sides) is known: ask for it. */
export function RefreshOnJoin() {
  const joined = useJoined();
  const refresh = useRefreshRoom();
  const { room } = useRoom();
  const needed = joined.status === "joined" && !room.me.joined;
  useEffect(() => {
    if (needed) void refresh();
  }, [needed, refresh]);
  return null;
}

/** The student's side and name, at the top of the lesson. */
export function MySide() {
  const { room } = useRoom();
  const { me } = room;
  return (
    <div className="no-print space-y-3">
      {room.sides !== "off" &&
        (!me.joined ? (
          <Box tone="quiet" data-testid="my-side">
            <p className="text-sm text-muted">Joining the lesson: your side appears here in a moment.</p>
          </Box>
        ) : me.sideLabel ? (
          <Box tone="invite" className="space-y-1" data-testid="my-side">
            <p className="text-sm font-medium uppercase tracking-wide text-muted">Your side</p>
            <p className="font-serif text-xl font-semibold">You argue for {me.sideLabel}</p>
            <p className="text-sm text-muted">
              Its column comes first below. Your teacher may swap sides during the lesson; this page follows.
            </p>
          </Box>
        ) : (
          <Box tone="pending" data-testid="my-side">
            <p className="font-semibold">Your teacher has not given you a side yet.</p>
            <p className="text-sm text-muted">You can read and vote meanwhile; this page updates when you have one.</p>
          </Box>
        ))}
      {me.muted && (
        <Alert tone="warning">
          Your teacher has stopped contributions from this browser. You can still read and vote.
        </Alert>
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: Contribution["status"] }) {
  if (status === "approved") return <Badge tone="success">Shown to the class</Badge>;
  if (status === "removed") return <Badge tone="danger">Removed by your teacher</Badge>;
  return <Badge tone="warning">Waiting for your teacher</Badge>;
}

function ContributionCard({ c, onRebut }: { c: Contribution; onRebut?: () => void }) {
  return (
    <li className="space-y-1 rounded-md border border-rule bg-surface p-3" data-testid="contribution">
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className="font-semibold text-ink">{c.name}</span>
        <span>for {c.sideLabel}</span>
        {c.mine && <StatusBadge status={c.status} />}
      </p>
      {c.replyTo && <p className="text-sm text-muted">Rebuts: “{c.replyTo.claim}”</p>}
      <p className="font-medium">{c.claim}</p>
      {c.detail && <p className="whitespace-pre-line text-sm">{c.detail}</p>}
      {onRebut && (
        <Button variant="secondary" size="sm" className="no-print" onClick={onRebut}>
          Rebut this
        </Button>
      )}
    </li>
  );
}

/**
 * Under each question: what students wrote on it that the teacher approved, and a form to
 * add an argument for one's side or a rebuttal of another side's argument.
 */
export function QuestionContributions({
  clashId,
  question,
  targets,
}: {
  clashId: string | null;
  question: string;
  targets: Target[];
}) {
  const { room, writable } = useRoom();
  const shown = room.contributions.filter((c) => c.clashId === clashId);
  const mySide = room.me.side;
  const [replyTo, setReplyTo] = useState<string>("");
  const [open, setOpen] = useState(false);
  const rebuttable = (side: number) => mySide === null || side !== mySide;
  const all: Target[] = [
    ...targets,
    ...shown.map((c) => ({
      kind: "contribution" as const,
      id: c.id,
      claim: c.claim,
      side: c.side,
      sideLabel: c.sideLabel,
    })),
  ];
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold">
        {clashId ? "What students argue on this question" : "What students argue beyond the questions"}
      </h3>
      {shown.length === 0 ? (
        <p className="text-sm text-muted">Nothing yet: approved contributions appear here for the whole class.</p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {shown.map((c) => (
            <ContributionCard
              key={c.id}
              c={c}
              onRebut={
                writable && rebuttable(c.side) && room.me.joined && !room.me.muted
                  ? () => (setReplyTo(`contribution:${c.id}`), setOpen(true))
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      {!writable ? null : open ? (
        <ContributionForm
          clashId={clashId}
          question={question}
          targets={all.filter((t) => rebuttable(t.side))}
          replyTo={replyTo}
          onReplyTo={setReplyTo}
          onClose={() => setOpen(false)}
        />
      ) : (
        <Button variant="secondary" size="sm" className="no-print" onClick={() => setOpen(true)}>
          {clashId ? "Add an argument or a rebuttal on this question" : "Add an argument or a rebuttal"}
        </Button>
      )}
    </section>
  );
}

function Counter({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <span className={over ? "text-rose-800 dark:text-rose-200" : "text-muted"}>
      {value.length}/{max}
    </span>
  );
}

function ContributionForm({
  clashId,
  question,
  targets,
  replyTo,
  onReplyTo,
  onClose,
}: {
  clashId: string | null;
  question: string;
  targets: Target[];
  replyTo: string;
  onReplyTo: (value: string) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { code, room } = useRoom();
  const refresh = useRefreshRoom();
  const joined = useJoined();
  const id = useId();
  const [name, setName] = useState(room.me.name ?? "");
  const [side, setSide] = useState<number | null>(room.sides === "off" ? null : room.me.side);
  const [claim, setClaim] = useState("");
  const [detail, setDetail] = useState("");
  const [sent, setSent] = useState(false);
  const send = useMutation(
    trpc.lessons.contribute.mutationOptions({
      onSuccess: () => {
        setClaim("");
        setDetail("");
        setSent(true);
        void refresh();
      },
    }),
  );
  const target = targets.find((t) => `${t.kind}:${t.id}` === replyTo) ?? null;
  // Without sides a rebuttal argues against its target's side: the student still says which position it supports.
  const sideChoices = room.columns.filter((c) => !target || c.index !== target.side);
  const waiting = room.sides !== "off" && room.me.side === null;
  const blocked = joined.status !== "joined" || room.me.muted || waiting;

  function submit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    send.mutate({
      code,
      name: name.trim(),
      clashId,
      replyTo: target ? { kind: target.kind, id: target.id } : null,
      side: room.sides === "off" ? side : null,
      claim,
      detail,
    });
  }

  return (
    <Box as="form" tone="invite" onSubmit={submit} className="no-print space-y-3" noValidate>
      <p className="font-semibold">{clashId ? `Your contribution on: ${question}` : "Your contribution"}</p>
      {waiting && <p className="text-sm">You can write once your teacher has given you a side.</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Your name, as the class will see it
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={room.limits.name}
            autoComplete="nickname"
            className={inputClass()}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
            What you write
          </label>
          <select
            id={`${id}-kind`}
            value={target ? replyTo : ""}
            onChange={(e) => onReplyTo(e.target.value)}
            className={inputClass()}
          >
            <option value="">{room.me.sideLabel ? `An argument for ${room.me.sideLabel}` : "A new argument"}</option>
            {targets.map((t) => (
              <option key={`${t.kind}:${t.id}`} value={`${t.kind}:${t.id}`}>
                A rebuttal of {t.sideLabel}: {t.claim.length > 90 ? `${t.claim.slice(0, 89)}…` : t.claim}
              </option>
            ))}
          </select>
        </div>
      </div>
      {room.sides === "off" && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">The position it supports</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {sideChoices.map((c) => (
              <label key={c.key} className="flex items-center gap-2 text-sm">
                <input type="radio" name={`${id}-side`} checked={side === c.index} onChange={() => setSide(c.index)} />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-claim`} className="flex justify-between text-sm font-medium">
          <span>{target ? "Your rebuttal, in a sentence" : "Your argument, in a sentence"}</span>
          <Counter value={claim} max={room.limits.claim} />
        </label>
        <textarea
          id={`${id}-claim`}
          value={claim}
          onChange={(e) => setClaim(e.target.value)}
          rows={2}
          className={inputClass(claim.length > room.limits.claim)}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-detail`} className="flex justify-between text-sm font-medium">
          <span>Why (optional): the reasons, the law or the facts it rests on</span>
          <Counter value={detail} max={room.limits.detail} />
        </label>
        <textarea
          id={`${id}-detail`}
          value={detail}
          onChange={(e) => setDetail(e.target.value)}
          rows={4}
          className={inputClass(detail.length > room.limits.detail)}
        />
      </div>
      {send.error && <Alert tone="error">{send.error.message}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={blocked || send.isPending}>
          {send.isPending ? "Sending…" : "Send to your teacher"}
        </Button>
        <Button variant="secondary" size="sm" onClick={onClose}>
          Close
        </Button>
        <p role="status" className="text-sm text-muted">
          {sent ? "Sent. Your teacher reads it first; once approved, the class sees it here." : ""}
        </p>
      </div>
    </Box>
  );
}

/** Everything this browser wrote, with where it stands. */
export function MyContributions() {
  const { room } = useRoom();
  if (room.mine.length === 0) return null;
  return (
    <section aria-labelledby="mine-heading" className="no-print space-y-3">
      <h2 id="mine-heading" className="font-serif text-xl font-semibold">
        What you wrote
      </h2>
      <ul className="grid gap-3 lg:grid-cols-2">
        {room.mine.map((c) => (
          <ContributionCard key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}
