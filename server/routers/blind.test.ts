import { describe, expect, it } from "vitest";
import { blindClues, cluesIn } from "@/e2e/blind-clues";
import { loadSeedContent } from "@/db/seed/case-file";
import { CLIENT_IP_HEADER } from "../client-address";
import { createCaller } from "../root";
import { readerCaller, seededDatabaseForFile, signedIn } from "../testing";

const db = seededDatabaseForFile();
const { file } = loadSeedContent();
const caseSlug = file.case.slug;
const all = file.positions.map((p) => p.id);
/** Every position, in groups of four and in pairs: each one is compared with several others. */
const GROUPS = [all.slice(0, 4), all.slice(3, 7), ...all.map((id, i) => [id, all[(i + 1) % all.length]!])];

describe("blind mode hides every clue to who holds each position", () => {
  it.each(GROUPS.map((g) => [g.join(" · "), g]))(
    "a comparison of %s names no holder, speaker, author or position, by name, surname, alias or id",
    async (_, positionIds) => {
      const result = await readerCaller(db().db).compare.positions({ caseSlug, positionIds, blind: true, order: 3 });
      expect(cluesIn(JSON.stringify(result), blindClues(positionIds))).toEqual([]);
      // Nothing was left out to get there: every argument is still on the page.
      const shown = [...result.comparison.rows.flatMap((r) => r.cells.flat()), ...result.comparison.others.flat()];
      expect(new Set(shown.map((a) => a.id)).size).toBe(
        file.arguments.filter((a) => positionIds.includes(a.position)).length,
      );
      expect(shown.every((a) => /^argument-\d+$/.test(a.id))).toBe(true);
    },
  );

  it("puts a neutral label where a name stood, saying only which column it belongs to", async () => {
    const positionIds = ["p-kaine-unconstitutional", "p-white-house-article-ii"];
    const open = await readerCaller(db().db).compare.positions({ caseSlug, positionIds, order: 3 });
    const blind = await readerCaller(db().db).compare.positions({ caseSlug, positionIds, blind: true, order: 3 });
    const kaineColumn = open.comparison.columns.findIndex((c) => c.positionId === "p-kaine-unconstitutional");
    const letter = String.fromCharCode(65 + kaineColumn);
    const text = JSON.stringify(blind.comparison);
    expect(text).toContain(`[Position ${letter}'s speaker]`);
    // Quotes keep their words but lose their dates; ids that spell out a speaker or date are opaque.
    const quotes = blind.comparison.rows.flatMap((r) => r.cells.flat()).flatMap((a) => a.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q).toMatchObject({ date: null, datePrecision: null, speaker: null, speakerId: null });
      expect(q.id).toMatch(/^quote-\d+$/);
    }
  });

  it("in a blind lesson, until the teacher reveals; then students see the names, and can be hidden again", async () => {
    const positionIds = ["p-kaine-unconstitutional", "p-white-house-article-ii", "p-olc-broad-executive-power"];
    const teacher = await signedIn(db().db, "admin");
    const { code } = await teacher.caller.lessons.create({
      caseSlug,
      title: "Who may start a strike?",
      positionIds,
      promptIds: file.questions.map((q) => q.id),
      blind: true,
      order: 11,
    });
    // A student's browser: its voter cookie is kept between calls.
    let cookie = "";
    const asStudent = () => {
      const resHeaders = new Headers();
      const caller = createCaller({
        getDb: async () => db().db,
        headers: new Headers({ [CLIENT_IP_HEADER]: "203.0.113.77", cookie }),
        resHeaders,
      });
      return { caller, kept: () => (cookie = resHeaders.get("set-cookie")?.split(";")[0] ?? cookie) };
    };
    const studentView = () => asStudent().caller.lessons.byCode({ code });
    const clues = blindClues(positionIds);

    const hidden = await studentView();
    expect(cluesIn(JSON.stringify(hidden), clues)).toEqual([]);
    expect(hidden).toMatchObject({ blind: true, revealed: false });
    // The prompts are there, with names replaced ("Senator Kaine allows…").
    expect("prompts" in hidden && hidden.prompts.length).toBe(file.questions.length);

    // A vote names the question and the argument by their tokens; the tally counts the real ones.
    if (!("comparison" in hidden)) throw new Error("the lesson is not open");
    const row = hidden.comparison.rows[0]!;
    const joining = asStudent();
    await joining.caller.lessons.join({ code });
    joining.kept();
    const choice = row.cells.flat()[0]!;
    await asStudent().caller.lessons.vote({ code, clashId: row.clashId, argumentId: choice.id });
    const tally = await teacher.caller.lessons.tally({ code });
    const counted = tally.questions.flatMap((q) => q.arguments).filter((a) => a.votes > 0);
    expect(counted).toHaveLength(1);
    expect(counted[0]!.id).not.toMatch(/^argument-/);
    expect(await studentView()).toMatchObject({ myVotes: { [row.clashId]: choice.id } });

    await teacher.caller.lessons.reveal({ code });
    const revealed = await studentView();
    expect(revealed).toMatchObject({ blind: false, revealed: true });
    // After the reveal the page names the real ones, and this browser's vote with them.
    expect(revealed).toMatchObject({ myVotes: { [tally.questions[0]!.clashId]: counted[0]!.id } });
    const text = JSON.stringify(revealed);
    expect(text).toContain("Tim Kaine");
    expect(text).toContain("Senator Kaine allows unilateral action");
    // The same arguments, in the same columns: votes cast before the reveal still count.
    if (!("comparison" in hidden) || !("comparison" in revealed)) throw new Error("the lesson is not open");
    expect(revealed.comparison.rows.map((r) => r.cells.map((c) => c.length))).toEqual(
      hidden.comparison.rows.map((r) => r.cells.map((c) => c.length)),
    );
    await teacher.caller.lessons.hide({ code });
    expect(cluesIn(JSON.stringify(await studentView()), clues)).toEqual([]);
    expect((await teacher.caller.lessons.tally({ code })).revealed).toBe(false);
  });

  it("reveals only a blind lesson, and only for its author or an admin", async () => {
    const admin = await signedIn(db().db, "admin");
    const open = await admin.caller.lessons.create({
      caseSlug,
      title: "Open lesson",
      positionIds: ["p-kaine-unconstitutional", "p-white-house-article-ii"],
    });
    await expect(admin.caller.lessons.reveal({ code: open.code })).rejects.toMatchObject({ code: "CONFLICT" });
    const blind = await admin.caller.lessons.create({
      caseSlug,
      title: "Blind lesson",
      positionIds: ["p-kaine-unconstitutional", "p-white-house-article-ii"],
      blind: true,
    });
    const other = await signedIn(db().db, "editor");
    await expect(other.caller.lessons.reveal({ code: blind.code })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
