import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", description: "Sign in to curate War Powers Explorer." };

type Props = { searchParams: Promise<{ next?: string }> };

/** Only paths inside the site: never an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/admin") && !next.startsWith("//") ? next : "/admin";
}

export default async function LoginPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  if (await api.auth.me()) redirect(next as never);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Sign in to curate</h1>
        <p className="text-sm text-muted">For editors and admins. Readers need no account.</p>
      </div>
      <LoginForm next={next} />
    </div>
  );
}
