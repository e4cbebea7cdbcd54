"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";

interface Props {
  code: string;
  title: string;
  approved: boolean;
  closed: boolean;
  /** Blind lessons only: whether students see who holds each position (null for a lesson that is not blind). */
  revealed: boolean | null;
  deleted: boolean;
  isAdmin: boolean;
  canRetitle: boolean;
}

/** The teacher's switches: approve (admins), close or reopen, reveal or hide (blind lessons), delete or restore (admins), retitle. */
export function LessonControls({ code, title, approved, closed, revealed, deleted, isAdmin, canRetitle }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [said, setSaid] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState(title);
  const opts = (done: string) => ({
    onSuccess: () => (setSaid(done), router.refresh()),
    onError: (e: { message: string }) => setSaid(e.message),
  });
  const approve = useMutation(trpc.lessons.approve.mutationOptions(opts("Approved: students can open the lesson.")));
  const close = useMutation(trpc.lessons.close.mutationOptions(opts("Closed: no more votes are taken.")));
  const reopen = useMutation(trpc.lessons.reopen.mutationOptions(opts("Reopened: students can vote again.")));
  // An editor cannot see a deleted lesson any more, so they go back to the list; an admin stays, to restore it.
  const remove = useMutation(
    trpc.lessons.delete.mutationOptions(
      isAdmin
        ? opts("Deleted: the code no longer opens the lesson.")
        : { onSuccess: () => router.push("/admin/lessons"), onError: (e) => setSaid(e.message) },
    ),
  );
  const reveal = useMutation(
    trpc.lessons.reveal.mutationOptions(opts("Revealed: students now see who holds each position.")),
  );
  const hide = useMutation(trpc.lessons.hide.mutationOptions(opts("Hidden again: students see anonymous positions.")));
  const restore = useMutation(trpc.lessons.restore.mutationOptions(opts("Restored.")));
  const retitle = useMutation(trpc.lessons.retitle.mutationOptions(opts("Title saved.")));
  const retitleSubmit = (e: FormEvent) => {
    e.preventDefault();
    retitle.mutate({ code, title: newTitle });
  };
  return (
    <Box as="section" pad="lg" aria-labelledby="controls-heading" className="space-y-3">
      <h2 id="controls-heading" className="font-semibold">
        Manage the lesson
      </h2>
      <div className="flex flex-wrap gap-2">
        {deleted ? (
          isAdmin && (
            <Button variant="secondary" size="sm" onClick={() => restore.mutate({ code })}>
              Restore lesson
            </Button>
          )
        ) : (
          <>
            {!approved && isAdmin && (
              <Button variant="secondary" size="sm" onClick={() => approve.mutate({ code })}>
                Approve lesson
              </Button>
            )}
            {closed ? (
              <Button variant="secondary" size="sm" onClick={() => reopen.mutate({ code })}>
                Reopen voting
              </Button>
            ) : (
              <Button variant="secondary" size="sm" onClick={() => close.mutate({ code })}>
                Close voting
              </Button>
            )}
            {revealed === false && (
              <Button variant="secondary" size="sm" onClick={() => reveal.mutate({ code })}>
                Reveal who holds what
              </Button>
            )}
            {revealed === true && (
              <Button variant="secondary" size="sm" onClick={() => hide.mutate({ code })}>
                Hide the holders again
              </Button>
            )}
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                if (
                  window.confirm(
                    "Delete this lesson? Students will no longer be able to open it; an admin can restore it.",
                  )
                )
                  remove.mutate({ code });
              }}
            >
              Delete lesson
            </Button>
          </>
        )}
      </div>
      {canRetitle && !deleted && (
        <form onSubmit={retitleSubmit} className="flex flex-wrap items-end gap-2" noValidate>
          <div className="min-w-64 flex-1 space-y-1">
            <label htmlFor="lesson-retitle" className="block text-sm font-medium">
              Title
            </label>
            <input
              id="lesson-retitle"
              value={newTitle}
              onChange={(e) => setNewTitle(e.target.value)}
              maxLength={200}
              className={inputClass()}
            />
          </div>
          <Button type="submit" variant="secondary" size="sm">
            Save title
          </Button>
        </form>
      )}
      {!canRetitle && approved && !deleted && (
        <p className="text-sm text-muted">The title is approved; only an admin may change it.</p>
      )}
      <p role="status" className="text-sm text-muted">
        {said}
      </p>
    </Box>
  );
}
