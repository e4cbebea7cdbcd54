"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { Button } from "./_components/ui";

/**
 * Shown when a page cannot be rendered, most often because the database is not
 * answering. It retries by itself every few seconds, so the page returns on its own.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      startTransition(() => {
        router.refresh();
        reset();
      });
    }, 5_000);
    return () => clearInterval(timer);
  }, [reset, router]);

  return (
    <div role="alert" className="max-w-2xl space-y-4 py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">Temporarily unavailable</p>
      <h1 className="font-serif text-3xl font-semibold">This page could not be loaded</h1>
      <p className="text-muted">
        The service behind it is not answering right now, usually because the database is restarting. Nothing is lost.
        This page tries again every few seconds.
      </p>
      {/* The server logs the same id beside the real error (server/errors.ts). */}
      {error.digest && <p className="text-sm text-muted">Error id: {error.digest}</p>}
      <Button onClick={() => startTransition(() => (router.refresh(), reset()))}>Try again now</Button>
    </div>
  );
}
