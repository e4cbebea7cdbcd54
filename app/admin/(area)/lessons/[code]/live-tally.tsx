"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

/** Votes per argument, refreshed every few seconds while the class votes. */
export function LiveTally({ code }: { code: string }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.lessons.tally.queryOptions({ code }), refetchInterval: 3000 });
  if (!data) return <p className="text-muted">Loading the votes…</p>;
  return (
    <div className="space-y-6">
      {data.questions.map((q) => (
        <section key={q.clashId} aria-labelledby={`tally-${q.clashId}`} className="space-y-2 rounded-lg border border-rule bg-surface p-4">
          <h3 id={`tally-${q.clashId}`} className="font-serif text-lg font-semibold">
            {q.question}
          </h3>
          <p className="text-sm text-muted" data-testid={`total-${q.clashId}`}>
            {q.total} vote{q.total === 1 ? "" : "s"}
          </p>
          <ul className="space-y-2">
            {q.arguments.map((a) => {
              const share = q.total ? Math.round((a.votes / q.total) * 100) : 0;
              return (
                <li key={a.id} className="space-y-1">
                  <div className="flex justify-between gap-3 text-sm">
                    <span>
                      <span className="font-semibold">{data.columns[a.column]}:</span> {a.claim}
                    </span>
                    <span className="whitespace-nowrap font-semibold">
                      {a.votes} <span className="sr-only">votes</span>
                    </span>
                  </div>
                  <div className="h-2 rounded bg-paper" aria-hidden="true">
                    <div className="h-2 rounded bg-accent" style={{ width: `${share}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
