import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { findCaseIdBySlug } from "@/db/queries/cases";
import { listEvents } from "@/db/queries/events";
import { slugSchema } from "@/lib/ids";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const eventRouter = createTRPCRouter({
  list: publicProcedure.input(z.object({ caseSlug: slugSchema })).query(async ({ ctx, input }) => {
    const caseId = await findCaseIdBySlug(ctx.db, input.caseSlug);
    if (!caseId) throw new TRPCError({ code: "NOT_FOUND", message: `No case with slug "${input.caseSlug}".` });
    return listEvents(ctx.db, caseId);
  }),
});
