import { DomainError, InvalidInputError } from "@/lib/errors";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { actors, auditLog, cases } from "@/db/schema";
import { IMPORT_MAX_BYTES } from "@/lib/export/json";
import type { SessionUser } from "./auth";
import type { EntityType } from "@/lib/curation/entities";
import type { Values } from "@/lib/curation/fields";
import { createEntity, readEntity, updateEntity } from "./curation/service";
import { checkValues, parseValues } from "./curation/values";
import type { ImportProblem } from "./import";

const aifSchema = z.object({
  nodes: z.array(
    z
      .object({ nodeID: z.union([z.string(), z.number()]).transform(String), text: z.string(), type: z.string() })
      .loose(),
  ),
  edges: z.array(
    z
      .object({
        edgeID: z.union([z.string(), z.number()]).transform(String).optional(),
        fromID: z.union([z.string(), z.number()]).transform(String),
        toID: z.union([z.string(), z.number()]).transform(String),
      })
      .loose(),
  ),
  locutions: z
    .array(
      z
        .object({
          nodeID: z.union([z.string(), z.number()]).transform(String),
          personID: z.union([z.string(), z.number()]).transform(String),
        })
        .loose(),
    )
    .default([]),
  participants: z
    .array(
      z
        .object({
          participantID: z.union([z.string(), z.number()]).transform(String),
          firstname: z.string().default(""),
          surname: z.string().default(""),
        })
        .loose(),
    )
    .default([]),
});

/** Stands in, during the check, for an id the import has yet to make. */
const PENDING = "pending";

export interface AifImportReport {
  ok: boolean;
  problems: ImportProblem[];
  /** Nodes of types this import does not bring in (TA, MA, PA…), listed so nothing is dropped silently. */
  skipped: ImportProblem[];
  created: { positions: number; arguments: number; relations: number; quotes: number; actors: number };
  positionId: string | null;
}

/**
 * Brings an AIF argument graph (AIFdb / OVA JSON) into a case as a new draft position:
 * I-nodes become arguments, RA-nodes support relations, CA-nodes rebuttals, L-nodes quotes
 * by their participants (matched to actors by name, or new draft actors), YA-nodes link a
 * quote to the claim it asserts. Everything is checked first; then all or nothing.
 */
export async function importAif(
  db: Db,
  user: SessionUser,
  input: { text: string; caseSlug: string; positionTitle: string; dryRun: boolean },
): Promise<AifImportReport> {
  const none = { positions: 0, arguments: 0, relations: 0, quotes: 0, actors: 0 };
  const fail = (problems: ImportProblem[]): AifImportReport => ({
    ok: false,
    problems,
    skipped: [],
    created: none,
    positionId: null,
  });
  if (Buffer.byteLength(input.text, "utf8") > IMPORT_MAX_BYTES)
    return fail([{ path: "/", message: `the file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(input.text);
  } catch (error) {
    return fail([{ path: "/", message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  const parsed = aifSchema.safeParse(raw);
  if (!parsed.success)
    return fail(parsed.error.issues.map((i) => ({ path: `/${i.path.join("/")}`, message: i.message })));
  const aif = parsed.data;

  const [caseRow] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(or(eq(cases.slug, input.caseSlug), eq(cases.id, input.caseSlug)));
  if (!caseRow) return fail([{ path: "caseSlug", message: `no case "${input.caseSlug}"` }]);

  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const index = new Map(aif.nodes.map((n, i) => [n.nodeID, { ...n, i }]));
  aif.edges.forEach((e, i) => {
    if (!index.has(e.fromID)) problems.push({ path: `/edges/${i}/fromID`, message: `no node "${e.fromID}"` });
    if (!index.has(e.toID)) problems.push({ path: `/edges/${i}/toID`, message: `no node "${e.toID}"` });
  });
  const into = (id: string) =>
    aif.edges
      .filter((e) => e.toID === id)
      .map((e) => index.get(e.fromID))
      .filter((n) => !!n);
  const outOf = (id: string) =>
    aif.edges
      .filter((e) => e.fromID === id)
      .map((e) => index.get(e.toID))
      .filter((n) => !!n);

  const claims = aif.nodes.filter((n) => n.type === "I");
  const relations: { from: string; to: string; kind: "supports" | "rebuts" }[] = [];
  const assertions: { locution: string; claim: string }[] = [];
  aif.nodes.forEach((n, i) => {
    if (n.type === "I" || n.type === "L") {
      if (!n.text.trim()) problems.push({ path: `/nodes/${i}/text`, message: "an I- or L-node needs text" });
      return;
    }
    if (n.type === "RA" || n.type === "CA") {
      const premises = into(n.nodeID);
      const conclusions = outOf(n.nodeID);
      if (premises.length < 1)
        problems.push({ path: `/nodes/${i}`, message: `${n.type}-node ${n.nodeID} has no premise` });
      if (conclusions.length !== 1)
        problems.push({
          path: `/nodes/${i}`,
          message: `${n.type}-node ${n.nodeID} must have exactly one conclusion, has ${conclusions.length}`,
        });
      for (const p of premises)
        if (p.type !== "I")
          problems.push({ path: `/nodes/${p.i}`, message: `premise of ${n.type}-node ${n.nodeID} is not an I-node` });
      if (conclusions[0] && conclusions[0].type !== "I")
        problems.push({
          path: `/nodes/${i}`,
          message: `the conclusion of ${n.type}-node ${n.nodeID} is not an I-node`,
        });
      for (const p of premises)
        if (conclusions[0])
          relations.push({ from: p.nodeID, to: conclusions[0].nodeID, kind: n.type === "RA" ? "supports" : "rebuts" });
      return;
    }
    if (n.type === "YA") {
      const from = into(n.nodeID).filter((x) => x.type === "L");
      const to = outOf(n.nodeID).filter((x) => x.type === "I");
      for (const l of from) for (const c of to) assertions.push({ locution: l.nodeID, claim: c.nodeID });
      return;
    }
    skipped.push({
      path: `/nodes/${i}`,
      message: `${n.type}-node ${n.nodeID} ("${n.text.slice(0, 60)}") is not a kind this import brings in`,
    });
  });
  // What each imported item is made of, built once for the check and once for the write.
  const position = (caseId: string): Values => ({
    caseId,
    title: input.positionTitle,
    summary: `Imported from an AIF graph of ${claims.length} claims.`,
    stance: "contested",
    legalFrame: "domestic",
    holders: [],
    discussants: [],
    sortOrder: 100,
  });
  const claim = (c: { text: string; nodeID: string }, positionId: string, k: number): Values => ({
    positionId,
    claim: c.text,
    explanation: `Imported from AIF node ${c.nodeID}.`,
    attributedTo: [],
    events: [],
    quotes: [],
    anchors: [],
    sortOrder: k,
  });
  const actor = (name: string): Values => ({ name, kind: "person", aliases: [] });
  const quote = (caseId: string, speakerId: string, l: { text: string }, speaker: string): Values => ({
    caseId,
    speakerId,
    text: l.text.startsWith(`${speaker}: `) ? l.text.slice(speaker.length + 2) : l.text,
    inArticle: false,
    fragment: false,
    dateApproximate: false,
    events: [],
    unconfirmed: [],
  });
  const people = new Map(aif.participants.map((p) => [p.participantID, `${p.firstname} ${p.surname}`.trim()]));
  const speakerOf = new Map(aif.locutions.map((l) => [l.nodeID, people.get(l.personID)]));
  const locutionNodes = aif.nodes.filter((n) => n.type === "L");
  for (const l of locutionNodes)
    if (!speakerOf.get(l.nodeID))
      problems.push({
        path: `/nodes/${index.get(l.nodeID)!.i}`,
        message: `L-node ${l.nodeID} has no locution naming a participant`,
      });
  if (claims.length === 0) problems.push({ path: "/nodes", message: "no I-node: nothing to import" });

  // Every item is checked with the editor's field schemas now, so a dry run reports what the
  // write would refuse; ids the import has yet to make stand in as PENDING.
  const check = (type: EntityType, values: Values, path: string) => {
    for (const issue of checkValues(type, values).issues ?? [])
      problems.push({ path, message: `${String(issue.path[0] ?? type)}: ${issue.message}` });
  };
  check("position", position(caseRow.id), "positionTitle");
  claims.forEach((c, k) => check("argument", claim(c, PENDING, k), `/nodes/${index.get(c.nodeID)!.i}/text`));
  const speaking = new Set(aif.locutions.filter((l) => index.get(l.nodeID)?.type === "L").map((l) => l.personID));
  aif.participants.forEach(
    (p, i) =>
      speaking.has(p.participantID) && check("actor", actor(people.get(p.participantID)!), `/participants/${i}`),
  );
  for (const l of locutionNodes) {
    const speaker = speakerOf.get(l.nodeID);
    if (speaker) check("quote", quote(caseRow.id, PENDING, l, speaker), `/nodes/${index.get(l.nodeID)!.i}/text`);
  }
  if (problems.length) return { ok: false, problems, skipped, created: none, positionId: null };

  const speakers = [...new Set(locutionNodes.map((l) => speakerOf.get(l.nodeID)!))];
  const known = new Map<string, string>();
  for (const name of speakers) {
    // The same name, case aside: compared exactly, so "%" or "_" in a name match only themselves.
    const [match] = await db
      .select({ id: actors.id })
      .from(actors)
      .where(and(eq(sql`lower(${actors.name})`, sql`lower(${name})`), isNull(actors.deletedAt)));
    if (match) known.set(name, match.id);
  }
  const created = {
    positions: 1,
    arguments: claims.length,
    relations: relations.length,
    quotes: locutionNodes.length,
    actors: speakers.length - known.size,
  };
  if (input.dryRun) return { ok: true, problems, skipped, created, positionId: null };

  try {
    const positionId = await db.transaction(async (tx) => {
      const note = { note: "Imported from AIF" };
      const newPosition = await createEntity(tx, user, "position", parseValues("position", position(caseRow.id)), note);
      const argumentOf = new Map<string, string>();
      for (const [k, c] of claims.entries()) {
        const a = await createEntity(tx, user, "argument", parseValues("argument", claim(c, newPosition.id, k)), note);
        argumentOf.set(c.nodeID, a.id);
      }
      for (const [k, r] of relations.entries()) {
        await createEntity(
          tx,
          user,
          "relation",
          parseValues("relation", {
            fromArgumentId: argumentOf.get(r.from),
            kind: r.kind,
            toArgumentId: argumentOf.get(r.to),
            inferred: false,
            sortOrder: k,
          }),
          note,
        );
      }
      for (const name of speakers) {
        if (known.has(name)) continue;
        const made = await createEntity(tx, user, "actor", parseValues("actor", actor(name)), note);
        known.set(name, made.id);
      }
      for (const l of locutionNodes) {
        const speaker = speakerOf.get(l.nodeID)!;
        const made = await createEntity(
          tx,
          user,
          "quote",
          parseValues("quote", quote(caseRow.id, known.get(speaker)!, l, speaker)),
          note,
        );
        for (const a of assertions.filter((x) => x.locution === l.nodeID)) {
          const argumentId = argumentOf.get(a.claim)!;
          const current = (await readEntity(tx, "argument", argumentId))!;
          await updateEntity(
            tx,
            user,
            "argument",
            argumentId,
            current.version,
            parseValues("argument", { ...current.values, quotes: [...(current.values.quotes as string[]), made.id] }),
            "Quote from AIF",
          );
        }
      }
      await tx.insert(auditLog).values({
        userId: user.id,
        action: "case.import_aif",
        entityType: "position",
        entityId: newPosition.id,
        detail: created,
      });
      return newPosition.id;
    });
    return { ok: true, problems, skipped, created, positionId };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new InvalidInputError(
      `The database refused the import, and nothing was written: ${(error as Error).message}`,
    );
  }
}
