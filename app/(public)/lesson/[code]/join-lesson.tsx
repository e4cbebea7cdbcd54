"use client";

import { useMutation } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";

type Joining = { status: "joining" | "joined" } | { status: "refused"; message: string };

const JoinContext = createContext<Joining>({ status: "joining" });
export const useJoined = () => useContext(JoinContext);

/**
 * Asks the server for this browser's voter token as the page opens (a server component
 * cannot set the cookie), and tells the vote panels whether they may vote.
 */
export function JoinLesson({ code, children }: { code: string; children: ReactNode }) {
  const trpc = useTRPC();
  const join = useMutation(trpc.lessons.join.mutationOptions());
  const asked = useRef(false);
  const { mutate } = join;
  useEffect(() => {
    // Once per page, also when development mode runs effects twice.
    if (asked.current) return;
    asked.current = true;
    mutate({ code });
  }, [code, mutate]);
  const state: Joining = join.isError
    ? { status: "refused", message: join.error.message }
    : { status: join.isSuccess ? "joined" : "joining" };
  return (
    <JoinContext.Provider value={state}>
      {state.status === "refused" && (
        <Alert tone="error" className="no-print">
          You cannot vote in this lesson: {state.message}
        </Alert>
      )}
      {children}
    </JoinContext.Provider>
  );
}
