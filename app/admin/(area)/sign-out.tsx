"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";

export function SignOut() {
  const trpc = useTRPC();
  const router = useRouter();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        router.replace("/admin/login");
        router.refresh();
      },
    }),
  );
  return (
    <button
      type="button"
      onClick={() => logout.mutate()}
      className="text-sm text-accent underline decoration-rule hover:decoration-current"
    >
      Sign out
    </button>
  );
}
