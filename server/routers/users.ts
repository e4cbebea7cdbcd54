import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/passwords";
import { plainText } from "@/lib/text-input";
import { addUser, endUserSessions, listUsers, setUserDisabled, setUserRole } from "../services/users";
import { adminProcedure, createTRPCRouter } from "../trpc";

const userId = z.object({ id: z.uuid("must be a user id") });
const role = z.enum(["editor", "admin"]);

export const usersRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure
    .input(
      z.object({
        email: emailSchema,
        name: plainText().trim().min(1, "must not be empty").max(200),
        password: passwordSchema,
        role,
      }),
    )
    .mutation(({ ctx, input }) => addUser(ctx.db, ctx.user.id, input)),

  setRole: adminProcedure
    .input(userId.extend({ role }))
    .mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user.id, input)),

  /** Disables or re-enables an account; disabling also ends its sessions. */
  setDisabled: adminProcedure
    .input(userId.extend({ disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setUserDisabled(ctx.db, ctx.user.id, input)),

  revokeSessions: adminProcedure
    .input(userId)
    .mutation(({ ctx, input }) => endUserSessions(ctx.db, ctx.user.id, input.id)),
});
