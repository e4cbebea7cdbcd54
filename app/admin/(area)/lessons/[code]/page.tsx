import type { Metadata, Route } from "next";
import Link from "next/link";
import { siteOrigin } from "@/app/_components/site-origin";
import { api, orNotFound } from "@/app/_trpc/server";
import { LiveTally } from "./live-tally";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Lesson" };

export default async function LessonTeacherPage({ params }: Props) {
  const { code } = await params;
  const t = await orNotFound(api.lessons.tally({ code }));
  const link = `${await siteOrigin()}/lesson/${t.code}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href={"/admin/lessons" as Route}>Lessons</Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">{t.title}</h1>
        <p className="text-muted">
          {t.caseTitle}
          {t.blind ? " · blind" : ""}
        </p>
      </header>
      <section aria-labelledby="share-heading" className="space-y-2 rounded-lg border border-rule bg-surface p-5">
        <h2 id="share-heading" className="font-semibold">
          Students open
        </h2>
        <p className="font-mono text-4xl tracking-widest" data-testid="lesson-code">
          {t.code}
        </p>
        <p className="break-all">
          <Link href={`/lesson/${t.code}` as Route}>{link}</Link>
        </p>
      </section>
      <section aria-labelledby="votes-heading" className="space-y-3">
        <h2 id="votes-heading" className="font-serif text-2xl font-semibold">
          Which argument did they find strongest?
        </h2>
        <LiveTally code={t.code} />
      </section>
    </div>
  );
}
