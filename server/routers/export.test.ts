import { readFileSync } from "node:fs";
import { ArgdownApplication, ModelPlugin, ParserPlugin } from "@argdown/core";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseExportData } from "@/db/queries/export";
import { loadSeedContent } from "@/db/seed/case-file";
import { CodePointText } from "@/lib/code-points";
import { toAif } from "@/lib/export/aif";
import { toWebAnnotations } from "@/lib/export/annotations";
import { argdownText, toArgdown } from "@/lib/export/argdown";
import { toCsl } from "@/lib/export/csl";
import { argumentsCsv, CSV_BOM, eventsCsv, keyPassagesCsv, quotesCsv, sourcesCsv, toCsv } from "@/lib/export/csv";
import { toCaseJson } from "@/lib/export/json";
import { CASE_FILE_SCHEMA_PATH, caseFileSchema } from "../services/case-file";
import { readerCaller, seededDatabaseForFile } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();
let data: CaseExportData;
beforeAll(async () => {
  data = await readerCaller(db().db).export.caseData({ slug: file.case.slug });
});

describe("the case export data", () => {
  it("matches the JSON Schema in docs/schema, which refuses what the import refuses", async () => {
    const { default: Ajv2020 } = await import("ajv/dist/2020.js");
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(CASE_FILE_SCHEMA_PATH, "utf8")));
    const doc = JSON.parse(JSON.stringify(toCaseJson(data)));
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(caseFileSchema.safeParse(doc).success).toBe(true);

    const [argument] = doc.arguments;
    const [document] = doc.documents;
    const bad: Record<string, unknown> = {
      "another format": { ...doc, format: "war-powers-explorer/2" },
      "a missing table": { ...doc, prompts: undefined },
      "an unknown table": { ...doc, extra: [] },
      "a claim that is not text": { ...doc, arguments: [{ ...argument, claim: 42 }] },
      "an empty claim": { ...doc, arguments: [{ ...argument, claim: "" }] },
      "a row without its id": { ...doc, arguments: [{ ...argument, id: undefined }] },
      "an id that is not readable": { ...doc, arguments: [{ ...argument, id: "Not An Id" }] },
      "a column that is not a field": { ...doc, arguments: [{ ...argument, status: "published" }] },
      "a choice not offered": { ...doc, positions: [{ ...doc.positions[0], stance: "maybe" }] },
      "a javascript: address": { ...doc, documents: [{ ...document, url: "javascript:alert(1)" }] },
      "a date that is not partial ISO": { ...doc, events: [{ ...doc.events[0], date: "Feb. 25, 2021" }] },
      "a link without its order": { ...doc, positionActors: [{ ...doc.positionActors[0], sortOrder: undefined }] },
      "a link role not offered": { ...doc, positionActors: [{ ...doc.positionActors[0], role: "owner" }] },
    };
    for (const [name, file] of Object.entries(bad)) {
      const plain = JSON.parse(JSON.stringify(file));
      expect(validate(plain), `${name}: the JSON Schema`).toBe(false);
      expect(caseFileSchema.safeParse(plain).success, `${name}: the import`).toBe(false);
    }
  });

  it("holds every published row of the case", () => {
    expect(toCaseJson(data).format).toBe("war-powers-explorer/1");
    expect(data.arguments).toHaveLength(file.arguments.length);
    expect(data.citations).toHaveLength(file.arguments.flatMap((a) => a.sources).length);
    expect(data.argumentRelations).toHaveLength(file.argument_relations.length);
    expect(data.quotes).toHaveLength(file.quotes.length);
    expect(data.events).toHaveLength(file.events.length);
    // Sources the case cites, plus the statutes their provisions belong to and what repealed them.
    expect(data.legalSources.map((s) => s.id)).toEqual(expect.arrayContaining(["wpr", "wpr-1543a", "ndaa-fy2026"]));
    expect(data.documents[0]!.text).toBe(loadSeedContent().articleText);
  });
});

describe("CSV", () => {
  it("quotes fields per RFC 4180 and parses back with a standard parser", () => {
    const tricky = 'He said, "war" —\nthen left';
    const csv = toCsv(["a", "b"], [[tricky, 1]]);
    expect(csv).toBe(`${CSV_BOM}a,b\r\n"He said, ""war"" —\nthen left",1\r\n`);
    expect(Papa.parse<string[]>(csv.trimEnd()).data).toEqual([
      ["a", "b"],
      [tricky, "1"],
    ]);
  });

  it("keeps cells that start a formula as text, and parses back with the ' and the BOM handled", () => {
    const cells = [
      '=HYPERLINK("https://evil.example","x")',
      "+1",
      "-2+3",
      "@SUM(A1)",
      "\tTab",
      "\rCR",
      "plain – § 1543(a)",
    ];
    const csv = toCsv(
      ["cell", "n"],
      cells.map((c, i) => [c, i]),
    );
    const parsed = Papa.parse<{ cell: string }>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // Papa drops the BOM itself; what a spreadsheet shows is the cell with a leading '.
    expect(parsed.meta.fields).toEqual(["cell", "n"]);
    expect(parsed.data.map((r) => r.cell)).toEqual([...cells.slice(0, 6).map((c) => `'${c}`), "plain – § 1543(a)"]);
    expect(toCsv(["n"], [[-3]])).toBe(`${CSV_BOM}n\r\n-3\r\n`);
  });

  it("exports arguments, sources, events and quotes, one header row each", () => {
    for (const [csv, rows, header] of [
      [argumentsCsv(data), data.arguments.length, "id,position_id,position,claim,explanation,sources,events,quotes"],
      [sourcesCsv(data), data.legalSources.length, "id,kind,short_title,citation"],
      [eventsCsv(data), data.events.length, "id,date,end_date"],
      [quotesCsv(data), data.quotes.length, "id,speaker_id,speaker"],
      [keyPassagesCsv(data), data.keyPassages.length, "id,legal_source_id,citation,pinpoint,opinion,text"],
    ] as const) {
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toHaveLength(rows);
      expect(csv.startsWith(CSV_BOM + header)).toBe(true);
    }
    const args = Papa.parse<Record<string, string>>(argumentsCsv(data), { header: true, skipEmptyLines: true }).data;
    expect(args.find((a) => a.id === "a-declare-war-clause-congress-decides")?.sources).toContain(
      "The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863) [relies_on]",
    );
  });

  it("exports every published key passage verbatim, with the citation at its pinpoint", () => {
    const seeded = file.legal_sources.flatMap((s) => s.key_passages.map((p) => ({ ...p, source: s.id })));
    expect(data.keyPassages).toHaveLength(seeded.length);
    const rows = Papa.parse<Record<string, string>>(keyPassagesCsv(data), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.text)).toEqual(
      [...seeded].sort((a, b) => a.source.localeCompare(b.source)).map((p) => p.text),
    );
    expect(rows.find((r) => r.id === "un-charter-art51-passage-1")).toMatchObject({
      citation: "U.N. Charter art. 51",
      pinpoint: "art. 51",
      opinion: "",
    });
  });
});

describe("AIF", () => {
  it("follows AIF's rules: every RA and CA has a premise and exactly one conclusion; quotes assert through YA", () => {
    const aif = toAif(data);
    const incoming = (id: string) => aif.edges.filter((e) => e.toID === id);
    const outgoing = (id: string) => aif.edges.filter((e) => e.fromID === id);
    const byId = new Map(aif.nodes.map((n) => [n.nodeID, n]));
    const schemes = aif.nodes.filter((n) => n.type === "RA" || n.type === "CA");
    expect(schemes.length).toBe(data.arguments.length + data.argumentRelations.length);
    for (const s of schemes) {
      expect(incoming(s.nodeID).length).toBeGreaterThanOrEqual(1);
      expect(outgoing(s.nodeID)).toHaveLength(1);
      expect(byId.get(outgoing(s.nodeID)[0]!.toID)?.type).toBe("I");
    }
    expect(aif.nodes.filter((n) => n.type === "CA").length).toBe(
      file.argument_relations.filter((r) => r.kind !== "supports").length,
    );
    for (const ya of aif.nodes.filter((n) => n.type === "YA")) {
      expect(byId.get(incoming(ya.nodeID)[0]!.fromID)?.type).toBe("L");
      expect(byId.get(outgoing(ya.nodeID)[0]!.toID)?.type).toBe("I");
    }
    const participants = new Set(aif.participants.map((p) => p.participantID));
    for (const l of aif.locutions) {
      expect(byId.get(l.nodeID)?.type).toBe("L");
      expect(participants.has(l.personID)).toBe(true);
    }
    expect(aif.participants.some((p) => p.firstname === "Tim" && p.surname === "Kaine")).toBe(true);
  });
});

describe("Argdown", () => {
  it("parses back with Argdown's own parser to the same graph shape", () => {
    const text = toArgdown(data);
    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), "parse-input");
    app.addPlugin(new ModelPlugin(), "build-model");
    const result = app.run({ input: text, process: ["parse-input", "build-model"] });
    expect(result.parserErrors ?? []).toEqual([]);
    expect(Object.keys(result.arguments!).sort()).toEqual(data.arguments.map((a) => a.id).sort());
    const eventTargets = new Set(data.argumentRelations.map((r) => r.toEventId).filter(Boolean));
    expect(Object.keys(result.statements!).length).toBe(data.positions.length + eventTargets.size);
    // One edge per pair of connected nodes (Argdown keeps one relation between the same two
    // elements), and one per argument to its position.
    const pairs = new Set(
      data.argumentRelations.map(
        (r) => `${r.fromArgumentId ?? r.fromPositionId}>${r.toArgumentId ?? r.toPositionId ?? r.toEventId}`,
      ),
    );
    expect(result.relations!.length).toBe(pairs.size + data.arguments.length);
  });

  it("sanitises text that would break the syntax", () => {
    expect(argdownText("[A] <b>\n# c")).toBe("(A) ‹b› # c");
    expect(argdownText("- leading dash")).toBe("leading dash");
  });
});

describe("Web Annotation", () => {
  it("gives every anchor selectors that resolve against the article", () => {
    const collection = toWebAnnotations(data, "https://wpe.example");
    expect(collection.type).toBe("AnnotationCollection");
    // The collection's id is the address it is served from.
    expect(collection.id).toBe(`https://wpe.example/api/export/cases/${data.case.slug}/annotations`);
    expect(collection.total).toBe(data.anchors.length);
    const text = new CodePointText(data.documents[0]!.text);
    for (const item of collection.first.items) {
      const [quote, position] = item.target.selector as unknown as [{ exact: string }, { start: number; end: number }];
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(item.target.state.type).toBe("TimeState");
    }
  });
});

describe("CSL-JSON", () => {
  it("types every source for citation managers and keeps the Bluebook string", () => {
    const csl = toCsl(data.legalSources);
    const prize = csl.find((c) => c.id === "prize-cases")!;
    expect(prize).toMatchObject({
      type: "legal_case",
      title: "The Prize Cases",
      volume: "67",
      page: "635",
      "container-title": "U.S.",
      issued: { "date-parts": [[1863]] },
    });
    expect(csl.find((c) => c.id === "un-charter-art51")?.type).toBe("treaty");
    expect(csl.find((c) => c.id === "wpr-1543a")?.type).toBe("legislation");
    for (const c of csl) expect(c.note).toBe(data.legalSources.find((s) => s.id === c.id)!.citation);
  });

  it("carries each source's key passages in the note, after the citation", () => {
    const csl = toCsl(data.legalSources, data.keyPassages);
    expect(csl.find((c) => c.id === "youngstown")!.note).toBe(
      [
        "Youngstown Sheet & Tube Co. v. Sawyer, 343 U.S. 579 (1952)",
        ...data.keyPassages
          .filter((p) => p.legalSourceId === "youngstown")
          .map((p) => `${p.pinpoint} (Jackson, J., concurring): “${p.text}”`),
      ].join("\n\n"),
    );
    expect(csl.find((c) => c.id === "wpr-1543a")!.note).toBe("50 U.S.C. § 1543(a)");
  });
});
