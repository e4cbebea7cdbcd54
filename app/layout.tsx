import type { Metadata } from "next";
import { env } from "@/env";
import Link from "next/link";
import { routes } from "@/lib/routes";
import { SearchSuggest } from "./_components/search-suggest";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  // Relative addresses in metadata (canonical links, OpenGraph) resolve against SITE_URL, never the request.
  metadataBase: new URL(env.SITE_URL),
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "War Powers Explorer: changes" }] } },
  title: { default: "War Powers Explorer", template: "%s · War Powers Explorer" },
  description:
    "Explore the legal debate over uses of military force: every argument linked to the law it rests on and to the exact words in the record.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-rule bg-surface">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
            <Link href="/" className="font-serif text-lg font-semibold text-ink no-underline hover:text-accent">
              War Powers Explorer
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-5 text-sm">
                <li>
                  <Link href="/" className="text-muted no-underline hover:text-accent hover:underline">
                    Cases
                  </Link>
                </li>
                <li>
                  <Link href="/sources" className="text-muted no-underline hover:text-accent hover:underline">
                    Legal sources
                  </Link>
                </li>
              </ul>
            </nav>
            <div className="order-last w-full sm:order-none sm:w-72">
              <SearchSuggest id="header-search" />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <footer className="no-print border-t border-rule text-sm text-muted">
          <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
            <p>
              Content is curated from the public record: news reporting, official statements and letters, the U.S. Code,
              the Constitution, treaties, executive-branch opinions and court decisions. Quotations are reproduced
              verbatim from their sources.
            </p>
            <p className="mt-2">
              <Link href={routes.developers()}>Data and API for developers</Link> ·{" "}
              <a href={routes.siteFeed()} type="application/atom+xml">
                Changes (Atom feed)
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
