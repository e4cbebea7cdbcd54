import type { Metadata } from "next";
import Link from "next/link";
import { siteOrigin } from "@/app/_components/site-origin";
import { Alert, Box } from "@/app/_components/ui";
import { api, orNotFound } from "@/app/_trpc/server";
import { routes } from "@/lib/routes";
import { LessonStateBadge } from "../state-badge";
import { ClassroomPanel } from "./classroom-panel";
import { LessonControls } from "./lesson-controls";
import { LiveTally } from "./live-tally";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Lesson" };

/** What students get now, in the teacher's words. */
function studentsSee(t: { state: string; deleted: boolean }): string | null {
  if (t.deleted)
    return "This lesson is deleted: its code answers “not found” to students. Its votes are kept; an admin can restore it.";
  if (t.state === "awaiting_approval")
    return "Awaiting an admin’s approval: students who open the code see “This lesson is not open yet”.";
  if (t.state === "withdrawn")
    return "Students cannot open this lesson: its case or one of its positions is no longer published. They see a notice instead.";
  if (t.state === "closed")
    return "Voting is closed: students still see the lesson and are told it is closed. The tally stays.";
  return null;
}

export default async function LessonTeacherPage({ params }: Props) {
  const { code } = await params;
  const t = await orNotFound(api.lessons.tally({ code }));
  const link = `${siteOrigin()}/lesson/${t.code}`;
  const notice = studentsSee(t);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href="/admin/lessons">Lessons</Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">{t.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-muted">
          <LessonStateBadge state={t.deleted ? "deleted" : t.state} />
          {t.caseTitle}
          {t.blind ? (t.revealed ? " · blind, holders revealed" : " · blind") : ""}
        </p>
        {notice && <Alert tone="warning">{notice}</Alert>}
      </header>
      <Box as="section" pad="lg" aria-labelledby="share-heading" className="space-y-2">
        <h2 id="share-heading" className="font-semibold">
          Students open
        </h2>
        <p className="font-mono text-4xl tracking-widest" data-testid="lesson-code">
          {t.code}
        </p>
        <p className="break-all">
          <Link href={routes.lesson(t.code)}>{link}</Link>
        </p>
      </Box>
      {t.canManage && (
        <LessonControls
          code={t.code}
          title={t.title}
          approved={t.approved}
          closed={t.closed}
          revealed={t.blind ? t.revealed : null}
          deleted={t.deleted}
          isAdmin={t.isAdmin}
          canRetitle={t.canRetitle}
        />
      )}
      <ClassroomPanel code={t.code} canManage={t.canManage} />
      <section aria-labelledby="votes-heading" className="space-y-3">
        <h2 id="votes-heading" className="font-serif text-2xl font-semibold">
          Which argument did they find strongest?
        </h2>
        <LiveTally code={t.code} />
      </section>
    </div>
  );
}
