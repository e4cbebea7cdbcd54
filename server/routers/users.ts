import { TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { auditLog, users } from "@/db/schema";
import { emailSchema, passwordSchema } from "@/lib/passwords";
import { createUser, revokeUserSessions } from "../services/auth";
import { adminProcedure, createTRPCRouter } from "../trpc";
import { plainText } from "@/lib/text-input";

const userId = z.object({ id: z.uuid("must be a user id") });

export const usersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) =>
    ctx.db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        createdAt: users.createdAt,
        disabledAt: users.disabledAt,
      })
      .from(users)
      .orderBy(asc(users.email)),
  ),

  create: adminProcedure
    .input(
      z.object({
        email: emailSchema,
        name: plainText().trim().min(1, "must not be empty").max(200),
        password: passwordSchema,
        role: z.enum(["editor", "admin"]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const created = await createUser(ctx.db, input, ctx.user.id);
      if (!created) throw new TRPCError({ code: "CONFLICT", message: `An account for ${input.email} already exists.` });
      return created;
    }),

  setRole: adminProcedure
    .input(userId.extend({ role: z.enum(["editor", "admin"]) }))
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.user.id)
        throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot change your own role." });
      return ctx.db.transaction(async (tx) => {
        const [changed] = await tx
          .update(users)
          .set({ role: input.role, updatedAt: new Date() })
          .where(eq(users.id, input.id))
          .returning({ id: users.id });
        if (!changed) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
        await tx.insert(auditLog).values({
          userId: ctx.user.id,
          action: "user_role_changed",
          entityType: "user",
          entityId: input.id,
          detail: { role: input.role },
        });
        return { id: input.id, role: input.role };
      });
    }),

  /** Disables or re-enables an account; disabling also ends its sessions. */
  setDisabled: adminProcedure.input(userId.extend({ disabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    if (input.id === ctx.user.id)
      throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot disable your own account." });
    return ctx.db.transaction(async (tx) => {
      const [changed] = await tx
        .update(users)
        .set({ disabledAt: input.disabled ? new Date() : null, updatedAt: new Date() })
        .where(eq(users.id, input.id))
        .returning({ id: users.id });
      if (!changed) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
      if (input.disabled) await revokeUserSessions(tx, input.id);
      await tx.insert(auditLog).values({
        userId: ctx.user.id,
        action: input.disabled ? "user_disabled" : "user_enabled",
        entityType: "user",
        entityId: input.id,
      });
      return { id: input.id, disabled: input.disabled };
    });
  }),

  revokeSessions: adminProcedure.input(userId).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const ended = await revokeUserSessions(tx, input.id);
      await tx.insert(auditLog).values({
        userId: ctx.user.id,
        action: "sessions_revoked",
        entityType: "user",
        entityId: input.id,
        detail: { ended },
      });
      return { ended };
    });
  }),
});
