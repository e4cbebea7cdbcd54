import type { Metadata } from "next";
import { api, orNotFound } from "@/app/_trpc/server";
import { resolvePositions } from "@/lib/compare-address";
import { LessonForm } from "./lesson-form";

export const metadata: Metadata = { title: "New lesson" };

type Props = { searchParams: Promise<{ case?: string; positions?: string; blind?: string; order?: string }> };

export default async function NewLessonPage({ searchParams }: Props) {
  const q = await searchParams;
  const found = await orNotFound(api.case.bySlug({ slug: q.case ?? "" }));
  // By id, or by number from a blind comparison (lib/compare-address.ts).
  const caseIds = found.positions.map((p) => p.id);
  const positionIds = (q.positions ?? "")
    .split(",")
    .filter(Boolean)
    .flatMap((ref) => resolvePositions([ref], caseIds) ?? []);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">New lesson</h1>
      <p className="text-muted">{found.title}</p>
      <LessonForm
        caseSlug={found.slug}
        caseTitle={found.title}
        positions={found.positions.map((p) => ({ id: p.id, title: p.title }))}
        prompts={found.prompts.map((p) => ({ id: p.id, prompt: p.prompt }))}
        initial={{ positionIds, blind: q.blind === "1", order: Number.parseInt(q.order ?? "0", 10) || 0 }}
      />
    </div>
  );
}
