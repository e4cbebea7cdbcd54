"use client";

import { useEffect } from "react";

/**
 * The last resort, when even the root layout fails (it replaces the whole document, so it
 * brings its own html and body and no styles beyond its own). During a database outage the
 * proxy and error.tsx normally answer first; this keeps the message and the self-retry the same.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    const timer = setInterval(() => window.location.reload(), 5_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <html lang="en">
      <body style={{ font: "16px/1.6 system-ui, sans-serif", margin: 0 }}>
        <main role="alert" style={{ maxWidth: "34rem", margin: "15vh auto", padding: "0 1.5rem" }}>
          <p>
            <strong>Temporarily unavailable</strong>
          </p>
          <h1 style={{ fontFamily: "Georgia, serif", fontSize: "1.75rem" }}>
            War Powers Explorer could not load this page
          </h1>
          <p>
            The service behind it is not answering right now, usually because the database is restarting. Nothing is
            lost. This page tries again every few seconds.
          </p>
          <button type="button" onClick={reset}>
            Try again now
          </button>
        </main>
      </body>
    </html>
  );
}
