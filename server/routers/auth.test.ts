import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, sessions, users } from "@/db/schema";
import {
  ARGON2_PARAMS,
  hashPassword,
  LOGIN_LIMITS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  validateSession,
  verifyPassword,
} from "../services/auth";
import { callerWithSession, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const password = "correct horse battery staple";

function tokenFrom(resHeaders: Headers): string {
  const cookie = resHeaders.get("set-cookie") ?? "";
  const match = /wpe_session=([^;]*)/.exec(cookie);
  return decodeURIComponent(match?.[1] ?? "");
}

describe("passwords", () => {
  it("hashes with argon2id at OWASP's minimum parameters", async () => {
    const hashed = await hashPassword("a long enough password");
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(ARGON2_PARAMS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(await verifyPassword(hashed, "a long enough password")).toBe(true);
    expect(await verifyPassword(hashed, "a wrong password")).toBe(false);
  });
});

describe("auth.login / me / logout", () => {
  it("signs in with a fresh HttpOnly cookie, knows the user, and signs out server-side", async () => {
    const editor = await signedIn(db().db, "editor");
    const { caller, resHeaders } = callerWithSession(db().db);
    const user = await caller.auth.login({ email: editor.email.toUpperCase(), password });
    expect(user).toMatchObject({ email: editor.email, role: "editor" });
    const cookie = resHeaders.get("set-cookie")!;
    expect(cookie).toMatch(/^wpe_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    const token = tokenFrom(resHeaders);
    expect(token).not.toBe(editor.token); // a new session at every sign-in

    const signedInCaller = callerWithSession(db().db, token);
    expect(await signedInCaller.caller.auth.me()).toMatchObject({ email: editor.email });
    await signedInCaller.caller.auth.logout();
    expect(signedInCaller.resHeaders.get("set-cookie")).toMatch(/Max-Age=0/);
    expect(await callerWithSession(db().db, token).caller.auth.me()).toBeNull();
    await expect(callerWithSession(db().db, token).caller.auth.logout()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const rows = await db().db.select().from(auditLog).where(eq(auditLog.userId, editor.id));
    expect(rows.map((r) => r.action)).toContain("login");
  });

  it("answers the same for an unknown email and a wrong password, and records the failure", async () => {
    const editor = await signedIn(db().db, "editor");
    const { caller } = callerWithSession(db().db, undefined, "198.51.100.20");
    await expect(caller.auth.login({ email: editor.email, password: "not the password" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Email or password is incorrect.",
    });
    await expect(caller.auth.login({ email: "nobody@example.org", password: "whatever it is" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Email or password is incorrect.",
    });
    const failures = await db().db.select().from(auditLog).where(eq(auditLog.action, "login_failed"));
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it("backs off one account from one address, telling when to try again, while the owner elsewhere still signs in", async () => {
    const editor = await signedIn(db().db, "editor");
    const { caller } = callerWithSession(db().db, undefined, "198.51.100.30");
    for (let i = 0; i < LOGIN_LIMITS.pair.free; i++) {
      await expect(caller.auth.login({ email: editor.email, password: "wrong password" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(caller.auth.login({ email: editor.email, password })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ s\.$/),
    });
    const other = callerWithSession(db().db, undefined, "198.51.100.31").caller;
    expect(await other.auth.login({ email: editor.email, password })).toMatchObject({ email: editor.email });
  });

  it("throttles an address that tries many accounts", async () => {
    const ip = "198.51.100.40";
    const { caller } = callerWithSession(db().db, undefined, ip);
    for (let i = 0; i < LOGIN_LIMITS.ip.max; i++) {
      await expect(
        caller.auth.login({ email: `guess${i}@example.org`, password: "whatever it is" }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    const editor = await signedIn(db().db, "editor");
    await expect(caller.auth.login({ email: editor.email, password })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("ends sessions that are idle too long or past their absolute end, and those of disabled users", async () => {
    const editor = await signedIn(db().db, "editor");
    const now = Date.now();
    expect(await validateSession(db().db, editor.token, new Date(now + 1000))).not.toBeNull();
    expect(await validateSession(db().db, editor.token, new Date(now + SESSION_IDLE_MS + 120_000))).toBeNull();
    const [row] = await db().db.select().from(sessions).where(eq(sessions.userId, editor.id));
    expect(row?.revokedAt).not.toBeNull();

    const fresh = await signedIn(db().db, "editor");
    expect(await validateSession(db().db, fresh.token, new Date(now + SESSION_ABSOLUTE_MS + 1000))).toBeNull();

    const admin = await signedIn(db().db, "admin");
    const victim = await signedIn(db().db, "editor");
    await admin.caller.users.setDisabled({ id: victim.id, disabled: true });
    expect(await victim.caller.auth.me()).toBeNull();
    await expect(callerWithSession(db().db).caller.auth.login({ email: victim.email, password })).rejects.toMatchObject(
      { code: "UNAUTHORIZED" },
    );
  });
});

describe("users (admin only)", () => {
  it("refuses readers and editors, and changes nothing when refused", async () => {
    const before = await db().db.select({ id: users.id }).from(users);
    const editor = await signedIn(db().db, "editor");
    const anonymous = callerWithSession(db().db).caller;
    const attempt = {
      email: "new@example.org",
      name: "New",
      password: "a long enough password",
      role: "admin" as const,
    };
    await expect(anonymous.users.create(attempt)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(editor.caller.users.create(attempt)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editor.caller.users.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await db().db.select({ id: users.id }).from(users);
    expect(after.length).toBe(before.length + 1); // only the editor made for this test
  });

  it("lets an admin create users, change roles and revoke sessions", async () => {
    const admin = await signedIn(db().db, "admin");
    const created = await admin.caller.users.create({
      email: "Curator@Example.org",
      name: "Curator",
      password: "a long enough password",
      role: "editor",
    });
    expect(created.email).toBe("curator@example.org");
    await expect(
      admin.caller.users.create({
        email: "curator@example.org",
        name: "Again",
        password: "a long enough password",
        role: "editor",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      admin.caller.users.create({ email: "short@example.org", name: "Short", password: "short", role: "editor" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/password/),
    });
    expect(await admin.caller.users.setRole({ id: created.id, role: "admin" })).toEqual({
      id: created.id,
      role: "admin",
    });
    await expect(admin.caller.users.setRole({ id: admin.id, role: "editor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const editor = await signedIn(db().db, "editor");
    expect(await admin.caller.users.revokeSessions({ id: editor.id })).toEqual({ ended: 1 });
    await expect(editor.caller.auth.logout()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
