import type { CaseExportData } from "./types";

/** Text that cannot break Argdown's syntax: no brackets, no line breaks, no leading markup. */
export function argdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[[\]<>]/g, (c) => ({ "[": "(", "]": ")", "<": "‹", ">": "›" })[c]!)
    .replace(/^[#>+\-_*]+\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const OUT = { supports: "+>", rebuts: "->", undercuts: "_>", qualifies: "->" } as const;

/**
 * Argdown: each position a statement [id], each argument <id> with its claim, and the
 * relations as outgoing edges under their source: support +>, attack ->, undercut _>.
 */
export function toArgdown(data: CaseExportData): string {
  const lines: string[] = [`===`, `title: ${argdownText(data.case.title)}`, `===`, ""];
  const eventTitle = new Map(data.events.map((e) => [e.id, e.title]));
  for (const p of data.positions) {
    lines.push(`[${p.id}]: ${argdownText(p.title)}`);
    for (const r of data.argumentRelations.filter((x) => x.fromPositionId === p.id)) {
      const target = r.toArgumentId
        ? `<${r.toArgumentId}>`
        : r.toPositionId
          ? `[${r.toPositionId}]`
          : `[${r.toEventId}]`;
      lines.push(`  ${OUT[r.kind]} ${target}${r.kind === "qualifies" ? " // qualifies" : ""}`);
    }
    lines.push("");
  }
  for (const a of data.arguments) {
    lines.push(`<${a.id}>: ${argdownText(a.claim)}`);
    lines.push(`  +> [${a.positionId}]`);
    for (const r of data.argumentRelations.filter((x) => x.fromArgumentId === a.id)) {
      const target = r.toArgumentId
        ? `<${r.toArgumentId}>`
        : r.toPositionId
          ? `[${r.toPositionId}]`
          : `[${r.toEventId}]`;
      lines.push(`  ${OUT[r.kind]} ${target}${r.kind === "qualifies" ? " // qualifies" : ""}`);
    }
    lines.push("");
  }
  const events = new Set(data.argumentRelations.map((r) => r.toEventId).filter((x): x is string => !!x));
  for (const id of events) lines.push(`[${id}]: ${argdownText(eventTitle.get(id) ?? id)}`, "");
  return lines.join("\n");
}
