import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { directReads } from "./published-queries";
import { seededDatabaseForFile, signedIn } from "./testing";

const t = seededDatabaseForFile();
const CASE = "2021-syria-border-strikes";

/** A published position of the seeded case, revised once: two published versions. */
async function revisedPosition() {
  const admin = await signedIn(t().db as Db, "admin");
  const created = await admin.caller.curation.create({
    type: "position",
    values: {
      caseId: CASE,
      title: `Versions are kept ${Date.now()}`,
      summary: "As first published.",
      stance: "contested",
      legalFrame: "domestic",
    },
  });
  const published = await admin.caller.curation.transition({
    type: "position",
    id: created.id,
    baseVersion: created.version,
    to: "published",
  });
  const revised = await admin.caller.curation.update({
    type: "position",
    id: created.id,
    baseVersion: published.version,
    values: { ...published.values, summary: "As revised." },
  });
  return { id: created.id, title: String(published.values.title), published, revised, admin };
}

describe("the published versions of any item", () => {
  it("lists each version readers could have read and shows one as it was published", async () => {
    const { id, title, published, revised } = await revisedPosition();
    const reads = directReads(t().db as Db);
    const versions = (await reads.itemVersions("position", id))!;
    expect(versions.map((v) => [v.version, v.current])).toEqual([
      [published.version, false],
      [revised.version, true],
    ]);
    const old = (await reads.itemVersion("position", id, published.version))!;
    expect(old).toMatchObject({
      kind: "position",
      pageId: id,
      isCurrent: false,
      currentVersion: revised.version,
      caseSlug: CASE,
      values: { title, summary: "As first published.", stance: "contested" },
    });
    const now = (await reads.itemVersion("position", id, revised.version))!;
    expect(now).toMatchObject({ isCurrent: true, values: { summary: "As revised." } });
    // Drafts between published versions were never public: they have no address.
    expect(await reads.itemVersion("position", id, published.version - 1)).toBeNull();
  });

  it("withdraws every version with the item, and names a case by its slug", async () => {
    const { id, revised, admin } = await revisedPosition();
    await admin.caller.curation.transition({ type: "position", id, baseVersion: revised.version, to: "draft" });
    const reads = directReads(t().db as Db);
    expect(await reads.itemVersions("position", id)).toBeNull();
    expect(await reads.itemVersion("position", id, revised.version)).toBeNull();
    const [caseVersion] = (await reads.itemVersions("case", CASE))!;
    const seeded = (await reads.itemVersion("case", CASE, caseVersion!.version))!;
    expect(seeded).toMatchObject({ kind: "case", pageId: CASE, caseSlug: CASE, isCurrent: true });
    expect(seeded.values.title).toMatch(/Syria/);
  });
});
