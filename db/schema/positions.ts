import { check, index, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { curatedColumns, linkColumns, readableId, readableIdCheck, searchVector, sortOrder } from "./_columns";
import { actors } from "./actors";
import { cases } from "./cases";

export const legalStance = pgEnum("legal_stance", ["lawful", "unlawful", "contested", "reform"]);
export const legalFrame = pgEnum("legal_frame", [
  "domestic",
  "international",
  "domestic_and_international",
  "legislative",
  "policy",
]);

/** A stance in a case, e.g. "Unconstitutional without congressional authorization, absent an emergency". */
export const positions = pgTable(
  "positions",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    title: text().notNull(),
    summary: text().notNull(),
    stance: legalStance().notNull(),
    legalFrame: legalFrame().notNull(),
    sortOrder: sortOrder(),
    searchVector: searchVector([
      ["A", '"title"'],
      ["B", '"summary"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("positions_search_idx").using("gin", t.searchVector),
    index("positions_case_idx").on(t.caseId, t.sortOrder),
    check("positions_id_format", readableIdCheck(t.id)),
  ],
);

/** Holders hold a position; discussants analyse it without holding it. */
export const positionActorRole = pgEnum("position_actor_role", ["holder", "discussant"]);

export const positionActors = pgTable(
  "position_actors",
  {
    positionId: text()
      .notNull()
      .references(() => positions.id),
    actorId: text()
      .notNull()
      .references(() => actors.id),
    role: positionActorRole().notNull().default("holder"),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.positionId, t.actorId, t.role] }), index("position_actors_actor_idx").on(t.actorId)],
);
