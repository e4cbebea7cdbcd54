import { z } from "zod";
import { getArgumentById } from "@/db/queries/arguments";
import { getDocumentById } from "@/db/queries/documents";
import { getPositionById } from "@/db/queries/positions";
import { withDrafts } from "@/db/queries/_shared";
import { readableIdSchema } from "@/lib/ids";
import { createTRPCRouter, editorProcedure, foundOr404 } from "../trpc";

const byId = z.object({ id: readableIdSchema });

/** The public pages' data with drafts and items in review in place, for editors only. */
export const previewRouter = createTRPCRouter({
  argument: editorProcedure
    .input(byId)
    .query(async ({ ctx, input }) =>
      foundOr404(await withDrafts(() => getArgumentById(ctx.db, input.id)), "argument", input.id),
    ),
  position: editorProcedure
    .input(byId)
    .query(async ({ ctx, input }) =>
      foundOr404(await withDrafts(() => getPositionById(ctx.db, input.id)), "position", input.id),
    ),
  document: editorProcedure
    .input(byId)
    .query(async ({ ctx, input }) =>
      foundOr404(await withDrafts(() => getDocumentById(ctx.db, input.id)), "document", input.id),
    ),
});
