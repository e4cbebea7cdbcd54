import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/app/_components/print-button";
import { api, orNotFound } from "@/app/_trpc/server";
import { adminRoutes } from "@/lib/curation/routes";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Lesson summary" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * What a lesson came to, on paper: who argued which side, how the class voted on each
 * question, and what students argued there (the approved contributions; the teacher's
 * page and the CSV keep the rest).
 */
export default async function LessonSummaryPage({ params }: Props) {
  const { code } = await params;
  const [t, room] = await Promise.all([
    orNotFound(api.lessons.tally({ code })),
    orNotFound(api.lessons.classroom({ code })),
  ]);
  const approved = room.contributions.filter((c) => c.status === "approved");
  const waiting = room.contributions.filter((c) => c.status === "pending").length;
  const sidesOn = room.sides !== "off";
  const groups = [
    ...room.questions.map((q) => ({ key: q.clashId as string | null, title: q.question })),
    { key: null, title: "Beyond the questions" },
  ];
  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none">
      <header className="space-y-2">
        <p className="no-print text-sm text-muted">
          <Link href={adminRoutes.lesson(t.code)}>Back to the lesson</Link>
        </p>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Lesson {t.code} · summary</p>
        <h1 className="font-serif text-3xl font-semibold">{t.title}</h1>
        <p className="text-muted">
          {t.caseTitle}. {plural(t.joined, "student")} joined; {plural(approved.length, "contribution")} approved
          {waiting > 0 && `, ${waiting} still waiting`}.
        </p>
        <PrintButton label="Print the summary" />
      </header>

      {sidesOn && (
        <section aria-labelledby="summary-sides" className="space-y-2 print:break-inside-avoid">
          <h2 id="summary-sides" className="font-serif text-xl font-semibold">
            Sides{room.swaps > 0 && ` (after ${plural(room.swaps, "swap")})`}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {room.columns.map((label, side) => {
              const names = room.students.filter((s) => s.side === side).map((s) => s.name ?? `Student ${s.seat}`);
              return (
                <li key={label} className="rounded-md border border-rule p-3">
                  <p className="font-semibold">{label}</p>
                  <p className="text-sm">{names.length ? names.join(", ") : "No one"}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {groups.map((g) => {
        const q = t.questions.find((x) => x.clashId === g.key);
        const theirs = approved.filter((c) => c.clashId === g.key);
        if (!q && theirs.length === 0) return null;
        return (
          <section key={g.key ?? "beyond"} aria-label={g.title} className="space-y-3 print:break-inside-avoid">
            <h2 className="font-serif text-xl font-semibold">{g.title}</h2>
            {q && (
              <table className="w-full border-collapse text-sm">
                <caption className="py-1 text-left text-muted">
                  {plural(q.total, "vote")} for the strongest argument
                </caption>
                <tbody>
                  {q.arguments.map((a) => (
                    <tr key={a.id} className="border-b border-rule align-top">
                      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                        <span className="font-semibold">{t.columns[a.column]}:</span> {a.claim}
                      </th>
                      <td className="whitespace-nowrap py-1.5 text-right">
                        {a.votes} ({q.total ? Math.round((a.votes / q.total) * 100) : 0}%)
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {theirs.length > 0 && (
              <div className="space-y-2">
                <h3 className="font-semibold">What students argued</h3>
                <ul className="space-y-2">
                  {theirs.map((c) => (
                    <li key={c.id} className="border-l-2 border-rule pl-3 text-sm">
                      <p>
                        <span className="font-semibold">{c.name}</span>, for {c.sideLabel}
                        {c.replyTo && <>, rebutting “{c.replyTo.claim}”</>}
                      </p>
                      <p className="font-medium">{c.claim}</p>
                      {c.detail && <p className="whitespace-pre-line">{c.detail}</p>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
