import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeedContent, seedContentDir } from "./case-file";

function copyOfContent() {
  const dir = mkdtempSync(path.join(tmpdir(), "wpe-content-"));
  cpSync(seedContentDir, dir, { recursive: true });
  return dir;
}

describe("loadSeedContent", () => {
  it("reads the shipped case and its article", () => {
    const { file, articleText } = loadSeedContent();
    expect(file.case.slug).toBe("2021-syria-border-strikes");
    expect([...articleText]).toHaveLength(file.document.length_code_points);
    expect(articleText.startsWith("U.S. officials said the strikes")).toBe(true);
    expect(articleText.endsWith("\n")).toBe(false);
  });

  it("refuses an article whose bytes differ from the recorded SHA-256", () => {
    const dir = copyOfContent();
    const articlePath = path.join(dir, "article-2021-02-syria-strikes.txt");
    writeFileSync(articlePath, readFileSync(articlePath, "utf8").replace("Kirby", "Kirbi"));
    expect(() => loadSeedContent(dir)).toThrow(/SHA-256 .* does not match/);
  });

  it("names the field at fault in a malformed case file", () => {
    const dir = copyOfContent();
    const jsonPath = path.join(dir, "syria-2021-case.json");
    const data = JSON.parse(readFileSync(jsonPath, "utf8"));
    data.case.start_date = "25 Feb 2021";
    writeFileSync(jsonPath, JSON.stringify(data));
    expect(() => loadSeedContent(dir)).toThrow(/case\.start_date: expected YYYY-MM-DD/);
  });
});
