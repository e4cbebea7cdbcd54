import {
  bigserial,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const revisionAction = pgEnum("revision_action", ["create", "update", "delete", "restore", "status", "revert"]);

/**
 * Every change to curated content, append-only (a trigger refuses UPDATE and DELETE):
 * who, when, what, the full record before and after, and the editor's note.
 */
export const revisions = pgTable(
  "revisions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    /** The entity's version after this change. */
    version: integer().notNull(),
    action: revisionAction().notNull(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
    userId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("revisions_entity_idx").on(t.entityType, t.entityId, t.id)],
);

/** Who did what, append-only: sign-ins, failures, user management and every content change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: uuid().references(() => users.id),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    detail: jsonb(),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_user_idx").on(t.userId, t.id), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

/**
 * A curation change made with an `Idempotency-Key`: the key (per user), what was asked
 * (a digest of procedure and input) and the answer given. Written in the same transaction
 * as the change itself, so a retried request finds either both or neither, and gets the
 * first answer back instead of applying the change twice.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    key: text().notNull(),
    requestHash: text().notNull(),
    /** The procedure's result, serialized with superjson so dates come back as dates. */
    response: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
