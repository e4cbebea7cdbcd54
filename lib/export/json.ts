import type { CaseExportData } from "./types";

export const CASE_EXPORT_FORMAT = "war-powers-explorer/1";

/** Import files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The whole case as versioned JSON: every table's published rows, enough to rebuild it. */
export function toCaseJson(data: CaseExportData) {
  return { format: CASE_EXPORT_FORMAT, ...data };
}
