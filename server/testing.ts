import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { CLIENT_IP_HEADER, declareClientAddressStamped } from "./client-address";
import { createCaller } from "./root";
import { createSession, createUser, SESSION_COOKIE } from "./services/auth";

// Test callers set the client's address header themselves, as scripts/serve.ts would.
declareClientAddressStamped();

/**
 * A caller as an anonymous reader would have it, on the given database. Readers share
 * one address unless given their own (public reads are limited per address).
 */
export function readerCaller(db: Db, ip = "198.51.100.1") {
  return createCaller({ getDb: async () => db, headers: new Headers({ [CLIENT_IP_HEADER]: ip }) });
}

/**
 * A caller carrying a session cookie (or none), with response headers to inspect. The
 * address is what scripts/serve.ts would have put in the internal header.
 */
export function callerWithSession(db: Db, token?: string, ip = "198.51.100.7") {
  const headers = new Headers({ [CLIENT_IP_HEADER]: ip, "user-agent": "vitest" });
  if (token) headers.set("cookie", `${SESSION_COOKIE}=${encodeURIComponent(token)}`);
  const resHeaders = new Headers();
  return { caller: createCaller({ getDb: async () => db, headers, resHeaders }), resHeaders };
}

/** A student's browser for the lesson procedures: an address and a cookie jar that keeps what the server sets. */
export function studentBrowser(db: Db, ip = "203.0.113.10", cookie?: string) {
  const jar = new Map<string, string>();
  if (cookie) jar.set(cookie.split("=")[0]!, cookie.split("=").slice(1).join("="));
  let lastSetCookie: string | null = null;
  const caller = () => {
    const headers = new Headers({ [CLIENT_IP_HEADER]: ip });
    if (jar.size) headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const resHeaders = new Headers();
    const c = createCaller({ getDb: async () => db, headers, resHeaders });
    return new Proxy(c.lessons, {
      // Keeps what the server set, as a browser would, once each call has answered.
      get: (target, key: keyof typeof c.lessons) => async (input: never) => {
        try {
          return await (target[key] as (i: never) => Promise<unknown>)(input);
        } finally {
          const set = resHeaders.get("set-cookie");
          if (set) {
            lastSetCookie = set;
            const [pair] = set.split(";");
            const [k, ...v] = pair!.split("=");
            jar.set(k!, v.join("="));
          }
        }
      },
    }) as typeof c.lessons;
  };
  return { lessons: caller, jar, lastSetCookie: () => lastSetCookie };
}

let userCounter = 0;

/** An account of the given role with an open session; returns its id and session token. */
export async function signedIn(db: Db, role: "editor" | "admin") {
  const email = `${role}${++userCounter}-${Date.now()}@example.org`;
  const user = await createUser(db, { email, name: `Test ${role}`, password: "correct horse battery staple", role });
  const { token } = await createSession(db, user!.id);
  return { id: user!.id, email, token, caller: callerWithSession(db, token).caller };
}

/**
 * A fresh database for this test file, seeded with the first case; dropped after the
 * file. Returns a getter because the database exists only once beforeAll has run.
 */
export function seededDatabaseForFile(): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDatabase(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });
  return () => {
    if (!t) throw new Error("The test database is not ready yet");
    return t;
  };
}

/** The Redis the integration tests of the Redis paths use, when one is named (CI sets it). */
export const testRedisUrl: string | undefined = process.env.TEST_REDIS_URL || undefined;
