import type { Metadata } from "next";
import Link from "next/link";
import { Box } from "@/app/_components/ui";
import { api } from "@/app/_trpc/server";
import { adminRoutes } from "@/lib/curation/routes";
import { LessonStateBadge } from "./state-badge";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage() {
  const lessons = await api.lessons.list();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Lessons</h1>
        <p className="text-muted">
          A lesson freezes a comparison for a class. Start from a case’s <strong>Compare positions</strong> page and
          choose “Make this a lesson”. An editor’s lesson opens to students once an admin approves it.
        </p>
      </header>
      {lessons.length === 0 ? (
        <p className="text-muted">No lesson yet.</p>
      ) : (
        <Box as="ul" pad="none" className="divide-y divide-rule">
          {lessons.map((l) => (
            <li key={l.code} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
              <span className="flex flex-wrap items-baseline gap-2">
                <Link href={adminRoutes.lesson(l.code)}>{l.title}</Link>
                <LessonStateBadge
                  state={l.deleted ? "deleted" : !l.approved ? "awaiting_approval" : l.closed ? "closed" : "open"}
                />
              </span>
              <span className="text-sm text-muted">
                <span className="font-mono">{l.code}</span> · {l.blind ? "blind · " : ""}
                {l.author} · {l.createdAt.toISOString().slice(0, 10)}
              </span>
            </li>
          ))}
        </Box>
      )}
    </div>
  );
}
