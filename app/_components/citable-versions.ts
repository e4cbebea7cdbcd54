import { bluebookDate } from "@/lib/bluebook";
import { routes } from "@/lib/routes";
import type { CitableVersion } from "./cite-this";

/** An argument's published versions as the "Cite this" panel lists them. */
export function citableVersions(
  id: string,
  versions: { version: number; publishedAt: Date; current: boolean }[],
): CitableVersion[] {
  return versions.map((v) => ({
    version: v.version,
    published: bluebookDate(v.publishedAt.toISOString().slice(0, 10)),
    href: routes.argumentVersion(id, v.version),
    current: v.current,
  }));
}
