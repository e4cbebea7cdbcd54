import { asc, isNull } from "drizzle-orm";
import type { AuthoringLibrary } from "@/lib/authoring/propose";
import type { Db } from "../client";
import { actors, legalSources } from "../schema";

/**
 * What the proposer matches against: every actor and legal source not deleted, drafts too
 * (an editor building a case matches what colleagues have started), names and aliases.
 */
export async function getAuthoringLibrary(db: Db): Promise<AuthoringLibrary> {
  const [actorRows, sourceRows] = await Promise.all([
    db
      .select({ id: actors.id, name: actors.name, aliases: actors.aliases, kind: actors.kind })
      .from(actors)
      .where(isNull(actors.deletedAt))
      .orderBy(asc(actors.id)),
    db
      .select({
        id: legalSources.id,
        shortTitle: legalSources.shortTitle,
        citation: legalSources.citation,
        aliases: legalSources.alsoKnownAs,
      })
      .from(legalSources)
      .where(isNull(legalSources.deletedAt))
      .orderBy(asc(legalSources.id)),
  ]);
  return { actors: actorRows, sources: sourceRows };
}
