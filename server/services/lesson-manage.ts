import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, lessons } from "@/db/schema";
import type { LessonSnapshot } from "@/lib/lesson-snapshot";
import type { SessionUser } from "./auth";
import { namedView } from "./lessons";

/** What a teacher (the lesson's author, or an admin) may do to a lesson; admins alone approve and restore. */
export type LessonAction = "close" | "reopen" | "delete" | "restore" | "approve" | "reveal" | "hide";

const ADMIN_ONLY: ReadonlySet<LessonAction> = new Set(["restore", "approve"]);

export async function managed(db: Db, user: SessionUser, code: string) {
  const [lesson] = await db
    .select({
      id: lessons.id,
      code: lessons.code,
      createdBy: lessons.createdBy,
      approvedAt: lessons.approvedAt,
      deletedAt: lessons.deletedAt,
      blind: lessons.blind,
      caseId: lessons.caseId,
      positionIds: lessons.positionIds,
      promptIds: lessons.promptIds,
      columnOrder: lessons.columnOrder,
      snapshot: lessons.snapshot,
    })
    .from(lessons)
    .where(eq(lessons.code, code.toUpperCase()));
  // A deleted lesson exists for admins only, as it does in the list.
  if (!lesson || (lesson.deletedAt && user.role !== "admin"))
    throw new NotFoundError(`No lesson with code ${code.toUpperCase()}.`);
  if (user.role !== "admin" && lesson.createdBy !== user.id)
    throw new ForbiddenError("Only the lesson's author or an admin may change it.");
  return lesson;
}

function changes(action: LessonAction, user: SessionUser, now: Date) {
  switch (action) {
    case "close":
      return { closedAt: now };
    case "reopen":
      return { closedAt: null };
    case "delete":
      return { deletedAt: now };
    case "restore":
      return { deletedAt: null };
    case "approve":
      return { approvedAt: now, approvedBy: user.id };
    case "reveal":
      return { revealedAt: now };
    case "hide":
      return { revealedAt: null };
  }
}

/** Closes, reopens, deletes (softly: the lesson and its votes stay), restores or approves a lesson; each is audited. */
export async function manageLesson(db: Db, user: SessionUser, code: string, action: LessonAction, now = new Date()) {
  if (ADMIN_ONLY.has(action) && user.role !== "admin") throw new ForbiddenError("Only an admin may do this.");
  const lesson = await managed(db, user, code);
  if (lesson.deletedAt && action !== "restore") throw new ConflictError("This lesson is deleted; restore it first.");
  if ((action === "reveal" || action === "hide") && !lesson.blind)
    throw new ConflictError("This lesson is not blind: students already see who holds each position.");
  const update: Partial<typeof lessons.$inferInsert> = changes(action, user, now);
  // A lesson made before reveals were frozen with it gets its named comparison now, in the same column order.
  const snapshot = lesson.snapshot as LessonSnapshot;
  if (action === "reveal" && !snapshot.revealed) {
    const named = await namedView(db, { ...lesson, snapshot });
    // The case is gone (namedView gives the blind snapshot back): nothing to freeze.
    if (named !== snapshot)
      update.snapshot = { ...snapshot, revealed: { comparison: named.comparison, prompts: named.prompts } };
  }
  await db.transaction(async (tx) => {
    await tx.update(lessons).set(update).where(eq(lessons.id, lesson.id));
    await tx
      .insert(auditLog)
      .values({ userId: user.id, action: `lesson.${action}`, entityType: "lesson", entityId: lesson.code });
  });
  return { code: lesson.code, action };
}

/**
 * Changes the title. An approved title is published text, so (ADR 0004) only an admin may
 * change it; the author may while it still awaits approval.
 */
export async function retitleLesson(db: Db, user: SessionUser, code: string, title: string) {
  const lesson = await managed(db, user, code);
  if (lesson.approvedAt && user.role !== "admin")
    throw new ForbiddenError("This lesson is approved: only an admin may change its title.");
  await db.transaction(async (tx) => {
    await tx.update(lessons).set({ title }).where(eq(lessons.id, lesson.id));
    await tx.insert(auditLog).values({
      userId: user.id,
      action: "lesson.retitle",
      entityType: "lesson",
      entityId: lesson.code,
      detail: { title },
    });
  });
  return { code: lesson.code, title };
}
