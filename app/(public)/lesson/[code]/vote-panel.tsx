"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Box } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { useJoined } from "./join-lesson";

/** One anonymous vote per question: which argument was strongest. Choosing again changes it. */
export function VotePanel({
  code,
  clashId,
  options,
  initial,
}: {
  code: string;
  clashId: string;
  options: { id: string; claim: string; column: string }[];
  initial: string | null;
}) {
  const trpc = useTRPC();
  const name = useId();
  const joined = useJoined();
  const [choice, setChoice] = useState<string | null>(initial);
  const vote = useMutation(trpc.lessons.vote.mutationOptions());
  if (options.length < 2) return null;
  const status =
    joined.status === "joining"
      ? "Getting ready to vote…"
      : joined.status === "refused"
        ? "Voting is not available in this browser."
        : vote.isPending
          ? "Saving your vote…"
          : vote.isError
            ? vote.error.message
            : vote.isSuccess
              ? "Your vote is counted. You can change it."
              : initial
                ? "You voted earlier; you can change it."
                : "";
  return (
    <Box as="fieldset" tone="invite" disabled={joined.status !== "joined"} className="no-print space-y-2">
      <legend className="px-1 font-semibold">Which argument on this question is strongest?</legend>
      {options.map((o) => (
        <label key={o.id} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name={name}
            value={o.id}
            checked={choice === o.id}
            onChange={() => {
              setChoice(o.id);
              vote.mutate({ code, clashId, argumentId: o.id });
            }}
            className="mt-1"
          />
          <span>
            <span className="font-semibold">{o.column}:</span> {o.claim}
          </span>
        </label>
      ))}
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
    </Box>
  );
}
