import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/app/_components/search-box";
import { Box } from "@/app/_components/ui";
import { connection } from "next/server";
import { Suspense } from "react";
import { formatDateRange } from "@/lib/dates";
import { readCaseList } from "@/server/public-reads";

export const metadata: Metadata = {
  title: { absolute: "War Powers Explorer" },
};

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-4">
        <h1 id="intro-heading" className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          Who may take the United States to war, and who decides?
        </h1>
        <p className="text-lg text-muted">
          War Powers Explorer lays out the public debate over a use of military force: each position, the arguments for
          it, the law every argument rests on, and the exact words in the record it comes from. Follow any claim to the
          Constitution, the statutes and the cases, or to the sentence in the article where it was said.
        </p>
        <div className="max-w-2xl pt-2">
          <SearchBox id="home-search" size="large" />
        </div>
      </section>

      <section aria-labelledby="cases-heading" className="space-y-4">
        <h2 id="cases-heading" className="font-serif text-2xl font-semibold">
          Cases
        </h2>
        <Suspense fallback={<p className="text-muted">Loading the cases…</p>}>
          <CaseList />
        </Suspense>
      </section>
    </div>
  );
}

/**
 * Read when a reader asks (from the cache), never while the app is built: the build has no
 * database to read, and a list frozen into the build would miss every case published since.
 */
async function CaseList() {
  await connection();
  const cases = await readCaseList();
  return cases.length === 0 ? (
    <p className="text-muted">No case has been published yet.</p>
  ) : (
    <ul className="grid gap-4 sm:grid-cols-2">
      {cases.map((c) => (
        <li key={c.id}>
          <Box
            as="article"
            pad="lg"
            className="relative h-full shadow-sm transition hover:border-accent focus-within:border-accent"
          >
            <p className="text-sm text-muted">{formatDateRange(c.startDate, c.endDate)}</p>
            <h3 className="mt-1 font-serif text-xl font-semibold leading-snug">
              <Link
                href={`/cases/${c.slug}`}
                className="text-ink no-underline after:absolute after:inset-0 hover:text-accent"
              >
                {c.title}
              </Link>
            </h3>
            <p className="mt-3 line-clamp-4 text-muted">{c.summary}</p>
          </Box>
        </li>
      ))}
    </ul>
  );
}
