import type { CaseExportData } from "./types";
import { toAif } from "./aif";
import { toWebAnnotations } from "./annotations";
import { toArgdown } from "./argdown";
import { toCsl } from "./csl";
import { argumentsCsv, eventsCsv, keyPassagesCsv, quotesCsv, sourcesCsv } from "./csv";
import { toCaseJson } from "./json";

export interface CaseExportFormat {
  file: (slug: string) => string;
  type: string;
  render: (data: CaseExportData, origin: string) => string;
}

/**
 * Every format a whole case is exported in, by the name in its address
 * (/api/export/cases/<slug>/<format>). Listed once, so the route and the test that no
 * draft reaches an export both cover a format the day it is added.
 */
export const CASE_EXPORT_FORMATS: Record<string, CaseExportFormat> = {
  json: { file: (s) => `${s}.json`, type: "application/json", render: (d) => JSON.stringify(toCaseJson(d), null, 2) },
  "arguments.csv": { file: (s) => `${s}-arguments.csv`, type: "text/csv", render: argumentsCsv },
  "sources.csv": { file: (s) => `${s}-sources.csv`, type: "text/csv", render: sourcesCsv },
  "key-passages.csv": { file: (s) => `${s}-key-passages.csv`, type: "text/csv", render: keyPassagesCsv },
  "events.csv": { file: (s) => `${s}-events.csv`, type: "text/csv", render: eventsCsv },
  "quotes.csv": { file: (s) => `${s}-quotes.csv`, type: "text/csv", render: quotesCsv },
  aif: { file: (s) => `${s}.aif.json`, type: "application/json", render: (d) => JSON.stringify(toAif(d), null, 2) },
  argdown: { file: (s) => `${s}.argdown`, type: "text/plain", render: toArgdown },
  annotations: {
    file: (s) => `${s}-annotations.jsonld`,
    type: "application/ld+json",
    render: (d, o) => JSON.stringify(toWebAnnotations(d, o), null, 2),
  },
  csl: {
    file: (s) => `${s}-sources.csl.json`,
    type: "application/json",
    render: (d) => JSON.stringify(toCsl(d.legalSources, d.keyPassages), null, 2),
  },
};
