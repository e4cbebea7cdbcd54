"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { adminRoutes } from "@/lib/curation/routes";
import { SIDE_MODE_LABELS, SIDE_MODES, type SideMode } from "@/lib/lesson-sides";

interface Props {
  caseSlug: string;
  caseTitle: string;
  positions: { id: string; title: string }[];
  prompts: { id: string; prompt: string }[];
  initial: { positionIds: string[]; blind: boolean; order: number };
}

export function LessonForm({ caseSlug, caseTitle, positions, prompts, initial }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [title, setTitle] = useState(`${caseTitle}: who decides?`);
  const [chosen, setChosen] = useState<string[]>(initial.positionIds);
  const [promptIds, setPromptIds] = useState<string[]>(prompts.map((p) => p.id));
  const [blind, setBlind] = useState(initial.blind);
  const [sides, setSides] = useState<SideMode>("off");
  const create = useMutation(
    trpc.lessons.create.mutationOptions({ onSuccess: ({ code }) => router.push(adminRoutes.lesson(code)) }),
  );
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ caseSlug, title, positionIds: chosen, promptIds, blind, order: initial.order, sides });
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {create.error && <Alert tone="error">{create.error.message}</Alert>}
      <div className="space-y-1">
        <label htmlFor="lesson-title" className="block font-medium">
          Title
        </label>
        <input
          id="lesson-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          className={inputClass()}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">Positions (two to four)</legend>
        {positions.map((p) => (
          <label key={p.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={chosen.includes(p.id)}
              onChange={() => setChosen((c) => toggle(c, p.id))}
            />
            {p.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">Discussion prompts</legend>
        {prompts.map((p) => (
          <label key={p.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={promptIds.includes(p.id)}
              onChange={() => setPromptIds((c) => toggle(c, p.id))}
            />
            {p.prompt}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} /> Blind: students do not
        see who holds each position
      </label>
      <fieldset className="space-y-2">
        <legend className="font-medium">Students argue sides</legend>
        {SIDE_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="lesson-sides"
              className="mt-1"
              checked={sides === mode}
              onChange={() => setSides(mode)}
            />
            {SIDE_MODE_LABELS[mode]}
          </label>
        ))}
        <p className="text-sm text-muted">
          Students can write arguments and rebuttals in every lesson; you approve each before the class sees it. With
          sides, each student argues the side they are given and sees it first. You can change this later, and swap
          sides halfway through.
        </p>
      </fieldset>
      <p className="text-sm text-muted">
        The lesson keeps a copy of the comparison as it is now; later edits to the case will not change it.
      </p>
      <Button type="submit" disabled={create.isPending}>
        Create lesson
      </Button>
    </form>
  );
}
