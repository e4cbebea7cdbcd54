"use client";

import { useQuery } from "@tanstack/react-query";
import { Box } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";

/** Votes per argument, refreshed every few seconds while the class votes, and what the limits refused. */
export function LiveTally({ code }: { code: string }) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.lessons.tally.queryOptions({ code }), refetchInterval: 3000 });
  if (!data) return <p className="text-muted">Loading the votes…</p>;
  const refused = data.refusedJoins + data.refusedVotes > 0;
  return (
    <div className="space-y-6">
      <Box tone={refused ? "warning" : "plain"} className="space-y-1 text-sm" data-testid="lesson-limits">
        <p>
          <span className="font-semibold">{data.joined}</span> browser{data.joined === 1 ? "" : "s"} joined.
        </p>
        <p>
          <span className="font-semibold">{data.refusedJoins}</span> join{data.refusedJoins === 1 ? "" : "s"} refused:
          at most {data.joinCap} browsers may join from one network.
          {data.refusedJoins > 0 &&
            " If a whole class shares one connection and students are missing, some may have been turned away."}
        </p>
        <p>
          <span className="font-semibold">{data.refusedVotes}</span> vote{data.refusedVotes === 1 ? "" : "s"} refused:
          sent without this lesson’s voter token, or too fast.
        </p>
      </Box>
      {data.questions.map((q) => (
        <Box as="section" key={q.clashId} aria-labelledby={`tally-${q.clashId}`} className="space-y-2">
          <h3 id={`tally-${q.clashId}`} className="font-serif text-lg font-semibold">
            {q.question}
          </h3>
          {q.hidden && (
            <p className="text-sm text-rose-800 dark:text-rose-200">
              Hidden from students: this question is no longer published.
            </p>
          )}
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
                      {a.hidden && (
                        <span className="text-rose-800 dark:text-rose-200">
                          {" "}
                          (hidden from students: no longer published)
                        </span>
                      )}
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
        </Box>
      ))}
    </div>
  );
}
