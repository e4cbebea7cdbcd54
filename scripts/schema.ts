/**
 * Writes the case file's JSON Schema (docs/schema/case-export.schema.json) from the content
 * model and the editor's field schemas. `npm run schema -- --check` fails if the file differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { CASE_FILE_SCHEMA_PATH, caseFileJsonSchemaText } from "../server/services/case-file";

const text = caseFileJsonSchemaText();
if (process.argv.includes("--check")) {
  if (readFileSync(CASE_FILE_SCHEMA_PATH, "utf8") !== text) {
    console.error(`${CASE_FILE_SCHEMA_PATH} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${CASE_FILE_SCHEMA_PATH} is up to date`);
} else {
  writeFileSync(CASE_FILE_SCHEMA_PATH, text);
  console.log(`wrote ${CASE_FILE_SCHEMA_PATH}`);
}
