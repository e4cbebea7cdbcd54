import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ComparisonView } from "@/app/_components/comparison-view";
import { PrintButton } from "@/app/_components/print-button";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { shellParams } from "@/app/_components/static-params";
import { Alert } from "@/app/_components/ui";
import { api, orNotFound } from "@/app/_trpc/server";
import { readLessonExists } from "@/server/public-reads";
import {
  ClassroomProvider,
  MyContributions,
  MySide,
  QuestionContributions,
  RefreshOnJoin,
  type Target,
} from "./classroom";
import { JoinLesson } from "./join-lesson";
import { VotePanel } from "./vote-panel";

type Props = { params: Promise<{ code: string }> };

export const generateStaticParams = () => shellParams("code");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The lesson's own title stays inside the page: it is shown only once the lesson is approved.
  return { title: `Lesson ${(await params).code}`, robots: { index: false } };
}

/**
 * Whether the lesson exists is known before the page starts (cached, purged when a teacher
 * deletes or restores it), so an unknown or deleted code answers a real 404. What the
 * student sees (its state, this browser's votes) is read per request.
 */
export default async function LessonPage({ params }: Props) {
  const { code } = await params;
  if (!(await readLessonExists(code))) notFound();
  return (
    <Suspense fallback={<p className="text-muted">Opening the lesson…</p>}>
      <Lesson code={code} />
    </Suspense>
  );
}

async function Lesson({ code }: { code: string }) {
  const lesson = await orNotFound(api.lessons.byCode({ code }));
  // Awaiting approval or withdrawn: a notice and nothing of the lesson.
  if (!("comparison" in lesson)) {
    return (
      <div className="max-w-3xl space-y-3">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Lesson {lesson.code}</p>
        <h1 className="font-serif text-3xl font-semibold">
          {lesson.state === "awaiting_approval" ? "This lesson is not open yet" : "This lesson is no longer available"}
        </h1>
        <p role="status">{lesson.notice}</p>
      </div>
    );
  }
  const columns = lesson.comparison.columns.map((c) => c.label);
  const { room } = lesson;
  // The comparison shows the student's side first; contributions name sides by the lesson's own column order.
  const sideOfColumn = lesson.comparison.columns.map((c) => room.columns.find((r) => r.key === c.key)!);
  const targetsOf = (cells: { id: string; claim: string }[][]): Target[] =>
    cells.flatMap((cell, i) =>
      cell.map((a) => ({
        kind: "argument" as const,
        id: a.id,
        claim: a.claim,
        side: sideOfColumn[i]!.index,
        sideLabel: sideOfColumn[i]!.label,
      })),
    );
  const open = lesson.state === "open";
  const comparison = (
    <ComparisonView
      comparison={lesson.comparison}
      linkArguments={!lesson.blind}
      renderClashExtra={(clashId, args) => {
        const row = lesson.comparison.rows.find((r) => r.clashId === clashId)!;
        return (
          <div className="space-y-4">
            {open && (
              <VotePanel
                code={lesson.code}
                clashId={clashId}
                initial={lesson.myVotes[clashId] ?? null}
                options={args.map((a) => ({
                  id: a.id,
                  claim: a.claim,
                  column: columns[row.cells.findIndex((cell) => cell.some((x) => x.id === a.id))] ?? "",
                }))}
              />
            )}
            <QuestionContributions clashId={clashId} question={row.question} targets={targetsOf(row.cells)} />
          </div>
        );
      }}
    />
  );
  const beyond = <QuestionContributions clashId={null} question="" targets={targetsOf(lesson.comparison.others)} />;
  return (
    <TRPCReactProvider>
      <ClassroomProvider code={lesson.code} initial={room} writable={open}>
        <div className="space-y-8">
          <header className="max-w-3xl space-y-2">
            <p className="text-sm font-medium uppercase tracking-wide text-muted">Lesson {lesson.code}</p>
            <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{lesson.title}</h1>
            <p className="text-muted">
              {lesson.caseTitle}. Read each question and the arguments on it, then choose the one you find strongest.
              Votes are anonymous. You can also add arguments and rebuttals of your own: your teacher reads them before
              the class sees them, with the name you give.
              {lesson.blind && " Who holds each position is hidden until your teacher reveals it."}
              {lesson.revealed && " Your teacher has revealed who holds each position."}
            </p>
            {lesson.notice && (
              <Alert tone="warning" className="font-medium">
                {lesson.notice}
              </Alert>
            )}
            <PrintButton label="Print" />
            <MySide />
          </header>
          {open ? (
            <JoinLesson code={lesson.code}>
              <RefreshOnJoin />
              {comparison}
              {beyond}
            </JoinLesson>
          ) : (
            <>
              {comparison}
              {beyond}
            </>
          )}
          <MyContributions />
          {lesson.prompts.length > 0 && (
            <section aria-labelledby="prompts-heading" className="space-y-3">
              <h2 id="prompts-heading" className="font-serif text-xl font-semibold">
                Questions for discussion
              </h2>
              <ol className="list-decimal space-y-2 pl-6">
                {lesson.prompts.map((p) => (
                  <li key={p.id}>{p.prompt}</li>
                ))}
              </ol>
            </section>
          )}
        </div>
      </ClassroomProvider>
    </TRPCReactProvider>
  );
}
