"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import type { EntityType } from "@/lib/curation/entities";

export function RevertButton({
  type,
  id,
  revisionId,
  version,
  baseVersion,
}: {
  type: EntityType;
  id: string;
  revisionId: number;
  version: number;
  baseVersion: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const revert = useMutation(trpc.curation.revert.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={revert.isPending}
        onClick={() => revert.mutate({ type, id, revisionId, baseVersion })}
      >
        Revert to version {version}
      </Button>
      {revert.error && (
        <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {revert.error.message}
        </span>
      )}
    </span>
  );
}
