import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { anchors, documents } from "@/db/schema";
import { CONTEXT_LENGTH, resolveAnchor } from "@/lib/anchoring";
import { ENTITIES } from "@/lib/curation/entities";
import { CodePointText } from "@/lib/code-points";
import type { SessionUser } from "../auth";
import { createEntity, readEntity, updateEntity } from "./service";

async function documentText(db: Db, documentId: string): Promise<CodePointText> {
  const [doc] = await db
    .select({ text: documents.text })
    .from(documents)
    .where(and(eq(documents.id, documentId), isNull(documents.deletedAt)));
  if (!doc) throw new NotFoundError(`No document "${documentId}".`);
  return new CodePointText(doc.text);
}

/** Every anchor of a document (any status), checked against the document's current text. */
export async function documentAnchors(db: Db, documentId: string) {
  const text = await documentText(db, documentId);
  const rows = await db
    .select({
      id: anchors.id,
      exact: anchors.exact,
      prefix: anchors.prefix,
      suffix: anchors.suffix,
      start: anchors.start,
      end: anchors.end,
      status: anchors.status,
      version: anchors.version,
    })
    .from(anchors)
    .where(and(eq(anchors.documentId, documentId), isNull(anchors.deletedAt)))
    .orderBy(anchors.start);
  return rows.map((a) => ({ ...a, resolution: resolveAnchor(text, a) }));
}

export type AnchorOwner = { type: "quote" | "event" | "argument"; id: string };

/** The longest selection an anchor may hold: its `exact` field's own limit in the editor. */
export const MAX_SELECTION = (() => {
  const exact = ENTITIES.anchor.fields.find((f) => f.name === "exact");
  return exact && "max" in exact && exact.max ? exact.max : 20_000;
})();

/**
 * Makes an anchor from a selection (code point offsets into the document's current text;
 * the words are taken from the stored text, never from the browser) and attaches it to
 * a quote, an event or an argument, all in one transaction with their revisions.
 */
export async function anchorSelection(
  db: Db,
  user: SessionUser,
  input: { documentId: string; start: number; end: number; owner: AnchorOwner },
) {
  return db.transaction(async (tx) => {
    const text = await documentText(tx, input.documentId);
    if (!(input.start >= 0 && input.start < input.end && input.end <= text.length)) {
      throw new InvalidInputError(
        `The selection ${input.start}–${input.end} is outside the document (0–${text.length}).`,
      );
    }
    // The words are kept exactly as selected (the editor's rules would trim them), so the
    // field's other rule, its length, is checked here.
    if (input.end - input.start > MAX_SELECTION) {
      throw new InvalidInputError(
        `The selection is ${input.end - input.start} characters; an anchor holds at most ${MAX_SELECTION}.`,
      );
    }
    const exact = text.slice(input.start, input.end);
    if (!exact.trim()) throw new InvalidInputError("Select some words, not only spaces.");
    const owner = await readEntity(tx, input.owner.type, input.owner.id);
    if (!owner || owner.deletedAt) throw new NotFoundError(`No ${input.owner.type} "${input.owner.id}".`);
    const anchor = await createEntity(tx, user, "anchor", {
      documentId: input.documentId,
      exact,
      // The context of this very occurrence, so a phrase that occurs twice anchors where it was selected.
      prefix: text.slice(Math.max(0, input.start - CONTEXT_LENGTH), input.start),
      suffix: text.slice(input.end, Math.min(text.length, input.end + CONTEXT_LENGTH)),
    });
    const values =
      input.owner.type === "quote"
        ? { ...owner.values, anchorId: anchor.id }
        : { ...owner.values, anchors: [...((owner.values.anchors as string[]) ?? []), anchor.id] };
    const updated = await updateEntity(
      tx,
      user,
      input.owner.type,
      owner.id,
      owner.version,
      values,
      `Anchored to “${exact.length > 60 ? `${exact.slice(0, 57)}…` : exact}”`,
    );
    return { anchor, owner: updated };
  });
}
