import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { citationFile, cslItem, formatCitation, type CitableWork } from "./citation-styles";

const argument: CitableWork = {
  key: "wpe-argument-a-kaine-v2",
  title:
    "Offensive military action without congressional approval is not constitutional absent extraordinary circumstances",
  url: "https://wpe.example/arguments/a-kaine/v/2",
  day: "2026-12-04",
  version: 2,
  context: "Argument for the position “The strikes needed Congress,” in Syria 2021.",
};

const source: CitableWork = {
  key: "wpe-source-s-declare",
  title: "Declare War Clause, U.S. Const. art. I, § 8, cl. 11",
  url: "https://wpe.example/sources/s-declare",
  day: "2026-11-30",
  fixedCase: true,
};

/** What a reference manager reads back from a file: citation-js's own parsers stand in for Zotero's. */
const readBack = (text: string) => new Cite(text).format("data", { format: "object" }) as Record<string, unknown>[];

describe("citations in the CSL styles", () => {
  it("cites a version in APA 7: title, date, site, address", () => {
    expect(formatCitation(argument, "apa")).toBe(
      "Offensive military action without congressional approval is not constitutional absent extraordinary circumstances. (2026, December 4). War Powers Explorer. https://wpe.example/arguments/a-kaine/v/2",
    );
  });

  it("cites a version in Chicago: quoted headline-case title, site, version, last modified, address", () => {
    expect(formatCitation(argument, "chicago")).toBe(
      "“Offensive Military Action without Congressional Approval Is Not Constitutional Absent Extraordinary Circumstances.” War Powers Explorer. Version 2. Last modified December 4, 2026. https://wpe.example/arguments/a-kaine/v/2.",
    );
  });

  it("keeps a legal citation's own capitals under a style's title case", () => {
    expect(formatCitation(source, "chicago")).toBe(
      "“Declare War Clause, U.S. Const. art. I, § 8, cl. 11.” War Powers Explorer. Last modified November 30, 2026. https://wpe.example/sources/s-declare.",
    );
  });

  it("prints a title that looks like markup as the text it is", () => {
    const odd = { ...argument, title: "Use <i>force</i> & law", version: undefined };
    expect(formatCitation(odd, "apa")).toContain("Use <i>force</i> & law. (2026, December 4).");
  });
});

describe("citation files", () => {
  it("writes BibTeX that reads back as the same web page, under a key BibTeX accepts", () => {
    const bib = citationFile(argument, "bibtex");
    expect(bib).toMatch(/^@misc\{wpe_argument_a_kaine_v2,/);
    const [item] = readBack(bib);
    expect(item).toMatchObject({ title: argument.title, URL: argument.url });
  });

  it("writes RIS with one tag a line, unfolded, that reads back the same", () => {
    const ris = citationFile(argument, "ris");
    expect(ris.split("\r\n")[0]).toBe("TY  - ELEC");
    expect(ris).toContain(`TI  - ${argument.title}\r\n`);
    expect(ris.trimEnd().endsWith("ER  -")).toBe(true);
    const [item] = readBack(ris);
    expect(item).toMatchObject({ title: argument.title, URL: argument.url });
  });

  it("writes CSL-JSON: the one item every style and file is made from", () => {
    const json = JSON.parse(citationFile(argument, "csl-json")) as unknown[];
    expect(json).toEqual([cslItem(argument)]);
    expect(json[0]).toMatchObject({
      type: "webpage",
      "container-title": "War Powers Explorer",
      version: "2",
      issued: { "date-parts": [[2026, 12, 4]] },
    });
  });
});
