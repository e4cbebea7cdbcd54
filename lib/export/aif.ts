import type { CaseExportData } from "./types";

export interface AifNode {
  nodeID: string;
  text: string;
  type: "I" | "RA" | "CA" | "L" | "YA";
  timestamp: string;
}
export interface AifDocument {
  nodes: AifNode[];
  edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[];
  locutions: { nodeID: string; personID: string; timestamp: string; start: string | null }[];
  participants: { participantID: string; firstname: string; surname: string }[];
}

/**
 * AIF (AIFdb / OVA JSON): claims, positions and disputed events as I-nodes; support as
 * RA-nodes, rebut, undercut and qualify as CA-nodes, each with one premise and one
 * conclusion; an argument's membership in its position as an RA; quotes as L-nodes tied
 * by a YA ("Asserting") to each claim they voice, their speakers as participants.
 */
export function toAif(data: CaseExportData): AifDocument {
  const nodes: AifNode[] = [];
  const edges: AifDocument["edges"] = [];
  const ids = new Map<string, string>();
  let next = 1;
  const node = (text: string, type: AifNode["type"], key?: string) => {
    const id = String(next++);
    nodes.push({ nodeID: id, text, type, timestamp: "" });
    if (key) ids.set(key, id);
    return id;
  };
  const edge = (from: string, to: string) =>
    edges.push({ edgeID: String(edges.length + 1), fromID: from, toID: to, formEdgeID: null });
  const scheme = (premise: string, conclusion: string, type: "RA" | "CA", text: string) => {
    const s = node(text, type);
    edge(premise, s);
    edge(s, conclusion);
  };

  for (const p of data.positions) node(p.title, "I", p.id);
  for (const a of data.arguments) node(a.claim, "I", a.id);
  for (const a of data.arguments) scheme(ids.get(a.id)!, ids.get(a.positionId)!, "RA", "Default Inference");
  const eventTitle = new Map(data.events.map((e) => [e.id, e.title]));
  for (const r of data.argumentRelations) {
    const from = ids.get((r.fromArgumentId ?? r.fromPositionId)!);
    const toKey = r.toArgumentId ?? r.toPositionId ?? r.toEventId!;
    if (r.toEventId && !ids.has(toKey)) node(eventTitle.get(toKey) ?? toKey, "I", toKey);
    const to = ids.get(toKey);
    if (!from || !to) continue;
    if (r.kind === "supports") scheme(from, to, "RA", "Default Inference");
    else
      scheme(
        from,
        to,
        "CA",
        r.kind === "qualifies"
          ? "Default Conflict (qualification)"
          : r.kind === "undercuts"
            ? "Default Conflict (undercut)"
            : "Default Conflict",
      );
  }

  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const participants = new Map<string, AifDocument["participants"][number]>();
  const locutions: AifDocument["locutions"] = [];
  for (const q of data.quotes) {
    const voiced = data.argumentQuotes
      .filter((x) => x.quoteId === q.id)
      .map((x) => ids.get(x.argumentId))
      .filter((x): x is string => !!x);
    if (voiced.length === 0) continue;
    const name = actorName.get(q.speakerId) ?? q.speakerId;
    if (!participants.has(q.speakerId)) {
      const [firstname, ...rest] = name.split(" ");
      participants.set(q.speakerId, {
        participantID: String(participants.size + 1),
        firstname: firstname ?? name,
        surname: rest.join(" "),
      });
    }
    const l = node(`${name}: ${q.text}`, "L", q.id);
    locutions.push({
      nodeID: l,
      personID: participants.get(q.speakerId)!.participantID,
      timestamp: q.date ?? "",
      start: q.date ?? null,
    });
    for (const target of voiced) {
      const ya = node("Asserting", "YA");
      edge(l, ya);
      edge(ya, target);
    }
  }
  return { nodes, edges, locutions, participants: [...participants.values()] };
}
