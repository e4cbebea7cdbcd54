import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { createUser, revokeUserSessions } from "./auth";

type Role = "editor" | "admin";

/** Every account, for the admin's user list. */
export function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .orderBy(asc(users.email));
}

/** A new account made by an admin; an address already in use is a conflict. */
export async function addUser(
  db: Db,
  adminId: string,
  input: { email: string; name: string; password: string; role: Role },
) {
  const created = await createUser(db, input, adminId);
  if (!created) throw new ConflictError(`An account for ${input.email} already exists.`);
  return created;
}

/** Changes an account's role, with an audit entry; nobody changes their own. */
export async function setUserRole(db: Db, adminId: string, input: { id: string; role: Role }) {
  if (input.id === adminId) throw new InvalidInputError("You cannot change your own role.");
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ role: input.role, updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .returning({ id: users.id });
    if (!changed) throw new NotFoundError("No such user.");
    await tx.insert(auditLog).values({
      userId: adminId,
      action: "user_role_changed",
      entityType: "user",
      entityId: input.id,
      detail: { role: input.role },
    });
    return { id: input.id, role: input.role };
  });
}

/** Disables or re-enables an account; disabling also ends its sessions. Nobody disables their own. */
export async function setUserDisabled(db: Db, adminId: string, input: { id: string; disabled: boolean }) {
  if (input.id === adminId) throw new InvalidInputError("You cannot disable your own account.");
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? new Date() : null, updatedAt: new Date() })
      .where(eq(users.id, input.id))
      .returning({ id: users.id });
    if (!changed) throw new NotFoundError("No such user.");
    if (input.disabled) await revokeUserSessions(tx, input.id);
    await tx.insert(auditLog).values({
      userId: adminId,
      action: input.disabled ? "user_disabled" : "user_enabled",
      entityType: "user",
      entityId: input.id,
    });
    return { id: input.id, disabled: input.disabled };
  });
}

/** Ends every session of an account, with an audit entry. */
export async function endUserSessions(db: Db, adminId: string, userId: string) {
  return db.transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, userId);
    await tx.insert(auditLog).values({
      userId: adminId,
      action: "sessions_revoked",
      entityType: "user",
      entityId: userId,
      detail: { ended },
    });
    return { ended };
  });
}
