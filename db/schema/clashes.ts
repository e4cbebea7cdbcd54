import { check, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { curatedColumns, linkColumns, readableId, readableIdCheck, sortOrder } from "./_columns";
import { debateArguments } from "./arguments";
import { cases } from "./cases";
import { positions } from "./positions";

/** A neutral question on which positions disagree, with the arguments on each side. */
export const clashes = pgTable(
  "clashes",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    question: text().notNull(),
    sortOrder: sortOrder(),
    ...curatedColumns(),
  },
  (t) => [index("clashes_case_idx").on(t.caseId, t.sortOrder), check("clashes_id_format", readableIdCheck(t.id))],
);

/** One answer to a clash's question ("Yes: the briefings met the obligation"). */
export const clashSides = pgTable(
  "clash_sides",
  {
    id: readableId(),
    clashId: text()
      .notNull()
      .references(() => clashes.id),
    label: text().notNull(),
    sortOrder: sortOrder(),
    ...curatedColumns(),
  },
  (t) => [
    index("clash_sides_clash_idx").on(t.clashId, t.sortOrder),
    check("clash_sides_id_format", readableIdCheck(t.id)),
  ],
);

export const clashSideArguments = pgTable(
  "clash_side_arguments",
  {
    clashSideId: text()
      .notNull()
      .references(() => clashSides.id),
    argumentId: text()
      .notNull()
      .references(() => debateArguments.id),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.clashSideId, t.argumentId] }),
    index("clash_side_arguments_argument_idx").on(t.argumentId),
  ],
);

export const clashSidePositions = pgTable(
  "clash_side_positions",
  {
    clashSideId: text()
      .notNull()
      .references(() => clashSides.id),
    positionId: text()
      .notNull()
      .references(() => positions.id),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.clashSideId, t.positionId] }),
    index("clash_side_positions_position_idx").on(t.positionId),
  ],
);

/** A classroom discussion question for a case, tied to the clashes it opens up. */
export const prompts = pgTable(
  "prompts",
  {
    id: readableId(),
    caseId: text()
      .notNull()
      .references(() => cases.id),
    prompt: text().notNull(),
    sortOrder: sortOrder(),
    ...curatedColumns(),
  },
  (t) => [index("prompts_case_idx").on(t.caseId, t.sortOrder), check("prompts_id_format", readableIdCheck(t.id))],
);

export const promptClashes = pgTable(
  "prompt_clashes",
  {
    promptId: text()
      .notNull()
      .references(() => prompts.id),
    clashId: text()
      .notNull()
      .references(() => clashes.id),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.promptId, t.clashId] }), index("prompt_clashes_clash_idx").on(t.clashId)],
);
