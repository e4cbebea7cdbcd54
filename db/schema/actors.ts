import { check, index, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { arrayText, curatedColumns, readableId, readableIdCheck, searchVector } from "./_columns";

export const actorKind = pgEnum("actor_kind", [
  "person",
  "office",
  "institution",
  "state",
  "armed_group",
  "organization",
  "group",
]);

/** A person, office, government or group that speaks, acts or holds a position. Shared by all cases. */
export const actors = pgTable(
  "actors",
  {
    id: readableId(),
    name: text().notNull(),
    kind: actorKind().notNull(),
    role: text(),
    affiliation: text(),
    /** For members of Congress, the state they represent. */
    usState: text(),
    aliases: text().array().notNull().default([]),
    summary: text(),
    searchVector: searchVector([
      ["A", '"name"'],
      ["A", arrayText("aliases")],
      ["B", '"role"'],
      ["C", '"affiliation"'],
      ["C", '"summary"'],
    ]),
    ...curatedColumns(),
  },
  (t) => [
    index("actors_search_idx").using("gin", t.searchVector),
    index("actors_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    index("actors_name_idx").on(t.name),
    check("actors_id_format", readableIdCheck(t.id)),
  ],
);
