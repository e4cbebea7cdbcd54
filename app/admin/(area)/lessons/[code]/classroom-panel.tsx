"use client";

import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, Box, Button, buttonClass, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { adminRoutes } from "@/lib/curation/routes";
import { SIDE_MODE_LABELS, SIDE_MODES, type SideMode } from "@/lib/lesson-sides";
import type { AppRouter } from "@/server/root";

type Classroom = inferRouterOutputs<AppRouter>["lessons"]["classroom"];
type Contribution = Classroom["contributions"][number];
type Filter = "pending" | "approved" | "removed" | "all";

const FILTER_LABELS: Record<Filter, string> = {
  pending: "Waiting",
  approved: "Approved",
  removed: "Removed",
  all: "All",
};

function useClassroomActions(code: string, onSaid: (text: string) => void) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const done = (text: string) => ({
    onSuccess: () => {
      onSaid(text);
      void client.invalidateQueries({ queryKey: trpc.lessons.classroom.queryKey({ code }) });
    },
    onError: (e: { message: string }) => onSaid(e.message),
  });
  return {
    setSides: useMutation(trpc.lessons.setSides.mutationOptions(done("Sides saved."))),
    assignSide: useMutation(trpc.lessons.assignSide.mutationOptions(done("Side saved."))),
    assignEvenly: useMutation(trpc.lessons.assignEvenly.mutationOptions(done("Every student has a side."))),
    swap: useMutation(
      trpc.lessons.swapSides.mutationOptions(done("Sides swapped: every student argues the next side.")),
    ),
    moderate: useMutation(trpc.lessons.moderate.mutationOptions(done("Saved: students see the change now."))),
    mute: useMutation(trpc.lessons.muteStudent.mutationOptions(done("Saved."))),
    importDraft: useMutation(
      trpc.lessons.importContribution.mutationOptions(done("Imported as a draft argument, for review.")),
    ),
  };
}

/**
 * The teacher's classroom: who argues which side (and the switches for sides), and every
 * contribution per question and side, with approve, remove, restore and import. Refreshed
 * every few seconds while the class writes.
 */
export function ClassroomPanel({ code, canManage }: { code: string; canManage: boolean }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.lessons.classroom.queryOptions({ code }), refetchInterval: 3000 });
  const [said, setSaid] = useState<string | null>(null);
  const actions = useClassroomActions(code, setSaid);
  const [filter, setFilter] = useState<Filter>("pending");
  if (!data) return <p className="text-muted">Loading the classroom…</p>;
  const counts = {
    pending: data.contributions.filter((c) => c.status === "pending").length,
    approved: data.contributions.filter((c) => c.status === "approved").length,
    removed: data.contributions.filter((c) => c.status === "removed").length,
    all: data.contributions.length,
  };
  const shown = data.contributions.filter((c) => filter === "all" || c.status === filter);
  const groups = [
    ...data.questions.map((q) => ({ key: q.clashId, title: q.question })),
    { key: null, title: "Beyond the questions" },
  ]
    .map((g) => ({ ...g, items: shown.filter((c) => c.clashId === g.key) }))
    .filter((g) => g.items.length > 0);

  return (
    <div className="space-y-8">
      <p role="status" className="text-sm text-muted" data-testid="classroom-status">
        {said}
      </p>
      <Sides data={data} code={code} canManage={canManage} actions={actions} />
      <section aria-labelledby="contributions-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="contributions-heading" className="font-serif text-2xl font-semibold">
            What students wrote
          </h2>
          <div className="flex flex-wrap gap-2" role="group" aria-label="Show">
            {(Object.keys(FILTER_LABELS) as Filter[]).map((f) => (
              <Button
                key={f}
                size="sm"
                variant={filter === f ? "primary" : "secondary"}
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
              >
                {FILTER_LABELS[f]} ({counts[f]})
              </Button>
            ))}
          </div>
        </div>
        <p className="text-sm text-muted">
          Nothing reaches the class before you approve it; removing takes it off every student’s page at once and keeps
          it here, to restore. {data.refusedContributions} contribution{data.refusedContributions === 1 ? "" : "s"}{" "}
          refused by the limits (too fast, too many waiting, or from a muted student).
        </p>
        {groups.length === 0 ? (
          <Box tone="quiet">
            <p className="text-sm text-muted">
              {filter === "pending" ? "Nothing is waiting for you." : "Nothing here yet."}
            </p>
          </Box>
        ) : (
          groups.map((g) => (
            <Box as="section" key={g.key ?? "beyond"} aria-label={g.title} className="space-y-3">
              <h3 className="font-serif text-lg font-semibold">{g.title}</h3>
              <div
                className="grid gap-3 lg:grid-cols-[var(--cols)]"
                style={{ "--cols": `repeat(${data.columns.length}, minmax(0, 1fr))` } as React.CSSProperties}
              >
                {data.columns.map((label, side) => (
                  <div key={label} className="space-y-2 rounded-md bg-paper p-3">
                    <p className="text-xs font-semibold uppercase tracking-wide text-muted">For {label}</p>
                    {g.items.filter((c) => c.side === side).length === 0 ? (
                      <p className="text-sm text-muted">None.</p>
                    ) : (
                      <ul className="space-y-2">
                        {g.items
                          .filter((c) => c.side === side)
                          .map((c) => (
                            <ContributionItem key={c.id} c={c} code={code} canManage={canManage} actions={actions} />
                          ))}
                      </ul>
                    )}
                  </div>
                ))}
              </div>
            </Box>
          ))
        )}
      </section>
    </div>
  );
}

type Actions = ReturnType<typeof useClassroomActions>;

function ContributionItem({
  c,
  code,
  canManage,
  actions,
}: {
  c: Contribution;
  code: string;
  canManage: boolean;
  actions: Actions;
}) {
  const tone = c.status === "approved" ? "success" : c.status === "removed" ? "danger" : "warning";
  const status = c.status === "approved" ? "Approved" : c.status === "removed" ? "Removed" : "Waiting";
  return (
    <li className="space-y-2 rounded-md border border-rule bg-surface p-3" data-testid="teacher-contribution">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={tone}>{status}</Badge>
        <span className="font-semibold">{c.name}</span>
        <span className="text-muted">
          student {c.seat} · {c.replyTo ? "rebuttal" : "argument"}
        </span>
      </p>
      {c.replyTo && <p className="text-sm text-muted">Rebuts: “{c.replyTo.claim}”</p>}
      <p className="font-medium">{c.claim}</p>
      {c.detail && <p className="whitespace-pre-line text-sm">{c.detail}</p>}
      {c.importedArgumentId && (
        <p className="text-sm">
          Imported as draft{" "}
          <Link href={adminRoutes.entity("argument", c.importedArgumentId)}>{c.importedArgumentId}</Link>
        </p>
      )}
      {canManage && (
        <div className="flex flex-wrap gap-2">
          {c.status === "pending" && (
            <Button size="sm" onClick={() => actions.moderate.mutate({ code, id: c.id, action: "approve" })}>
              Approve
            </Button>
          )}
          {c.status === "removed" ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => actions.moderate.mutate({ code, id: c.id, action: "restore" })}
            >
              Restore
            </Button>
          ) : (
            <Button
              size="sm"
              variant="danger"
              onClick={() => actions.moderate.mutate({ code, id: c.id, action: "remove" })}
            >
              Remove
            </Button>
          )}
          {c.status === "approved" && !c.importedArgumentId && (
            <Button size="sm" variant="secondary" onClick={() => actions.importDraft.mutate({ code, id: c.id })}>
              Import as a draft argument
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function Sides({
  data,
  code,
  canManage,
  actions,
}: {
  data: Classroom;
  code: string;
  canManage: boolean;
  actions: Actions;
}) {
  const [mode, setMode] = useState<SideMode>(data.sides);
  const perSide = data.columns.map((_, i) => data.students.filter((s) => s.side === i).length);
  const unassigned = data.students.filter((s) => s.side === null).length;
  const sidesOn = data.sides !== "off";
  return (
    <Box as="section" pad="lg" aria-labelledby="sides-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="sides-heading" className="font-serif text-2xl font-semibold">
          Students and sides
        </h2>
        <p className="text-sm text-muted" data-testid="side-counts">
          {data.students.length} student{data.students.length === 1 ? "" : "s"}
          {sidesOn &&
            `: ${data.columns.map((label, i) => `${perSide[i]} for ${label}`).join(", ")}${unassigned ? `, ${unassigned} without a side` : ""}`}
          {sidesOn && data.swaps > 0 && ` · swapped ${data.swaps} time${data.swaps === 1 ? "" : "s"}`}
        </p>
      </div>
      {canManage && (
        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="lesson-side-mode" className="block text-sm font-medium">
              Sides
            </label>
            <select
              id="lesson-side-mode"
              value={mode}
              onChange={(e) => setMode(e.target.value as SideMode)}
              className={inputClass(false, "min-w-80")}
            >
              {SIDE_MODES.map((m) => (
                <option key={m} value={m}>
                  {SIDE_MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
          <Button
            size="sm"
            variant="secondary"
            disabled={mode === data.sides}
            onClick={() => actions.setSides.mutate({ code, mode })}
          >
            Save
          </Button>
          {sidesOn && unassigned > 0 && (
            <Button size="sm" variant="secondary" onClick={() => actions.assignEvenly.mutate({ code })}>
              Give the {unassigned} without a side one, evenly
            </Button>
          )}
          {sidesOn && (
            <Button
              size="sm"
              onClick={() => {
                if (window.confirm("Swap sides? Every student will argue the next position from now on."))
                  actions.swap.mutate({ code });
              }}
            >
              Swap sides
            </Button>
          )}
        </div>
      )}
      {data.students.length === 0 ? (
        <p className="text-sm text-muted">No student has opened the lesson yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-rule text-left">
                <th scope="col" className="py-2 pr-3">
                  Student
                </th>
                {sidesOn && (
                  <th scope="col" className="py-2 pr-3">
                    Side
                  </th>
                )}
                <th scope="col" className="py-2 pr-3">
                  Wrote
                </th>
                {canManage && (
                  <th scope="col" className="py-2 pr-3">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {data.students.map((s) => (
                <tr key={s.id} className="border-b border-rule align-middle" data-testid="lesson-student">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <span className="font-semibold">{s.name ?? "No name yet"}</span>{" "}
                    <span className="text-muted">student {s.seat}</span>
                    {s.muted && (
                      <Badge tone="danger" className="ml-2">
                        Muted
                      </Badge>
                    )}
                  </th>
                  {sidesOn && (
                    <td className="py-2 pr-3">
                      {canManage ? (
                        <select
                          aria-label={`Side of ${s.name ?? `student ${s.seat}`}`}
                          value={s.side ?? ""}
                          onChange={(e) =>
                            actions.assignSide.mutate({
                              code,
                              student: s.id,
                              side: e.target.value === "" ? null : Number(e.target.value),
                            })
                          }
                          className={inputClass(false, "py-1")}
                        >
                          <option value="">No side</option>
                          {data.columns.map((label, i) => (
                            <option key={label} value={i}>
                              {label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        (data.columns[s.side ?? -1] ?? "No side")
                      )}
                    </td>
                  )}
                  <td className="py-2 pr-3">
                    {s.written}
                    {s.pending > 0 && <span className="text-muted"> ({s.pending} waiting)</span>}
                  </td>
                  {canManage && (
                    <td className="py-2 pr-3 text-right">
                      {s.muted ? (
                        <Button
                          size="sm"
                          variant="secondary"
                          onClick={() => actions.mute.mutate({ code, student: s.id, muted: false })}
                        >
                          Let them write again
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="danger"
                          onClick={() => {
                            if (
                              window.confirm(
                                `Remove everything ${s.name ?? `student ${s.seat}`} wrote and stop them writing? You can restore each contribution later.`,
                              )
                            )
                              actions.mute.mutate({ code, student: s.id, muted: true });
                          }}
                        >
                          Remove all and mute
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <a href={adminRoutes.lessonCsv(code)} className={buttonClass({ variant: "secondary", size: "sm" })} download>
          Download everything (CSV)
        </a>
        <Link href={adminRoutes.lessonSummary(code)} className={buttonClass({ variant: "secondary", size: "sm" })}>
          Printable summary
        </Link>
      </div>
    </Box>
  );
}
