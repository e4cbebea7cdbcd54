import { CITABLE_KINDS, citable, type CitableKind } from "@/app/_components/citable";
import { CITATION_FILE_FORMATS, CITATION_FILES, citationFile, type CitationFileFormat } from "@/lib/citation-styles";
import { entityTag, exportError, matchesIfNoneMatch } from "@/server/export-response";

type Params = { params: Promise<{ kind: string; id: string; format: string }> };

const notFound = (message: string) => Response.json({ error: { code: "NOT_FOUND", message } }, { status: 404 });
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T);

/**
 * A page's citation as a file for a reference manager: /cite/<kind>/<id>/<bibtex|ris|csl-json>,
 * of the version named by `?version=` (arguments), else of what the page shows now. Made from
 * the same description as the page's "Cite this" panel, so the two always agree.
 */
export async function GET(req: Request, { params }: Params) {
  const { kind, id, format } = await params;
  if (!isOneOf<CitableKind>(CITABLE_KINDS, kind)) return notFound(`Nothing of kind "${kind}" can be cited.`);
  if (!isOneOf<CitationFileFormat>(CITATION_FILE_FORMATS, format))
    return notFound(`No citation format "${format}": use one of ${CITATION_FILE_FORMATS.join(", ")}.`);
  const asked = new URL(req.url).searchParams.get("version");
  const version = asked === null ? undefined : /^[1-9]\d{0,6}$/.test(asked) ? Number(asked) : NaN;
  if (Number.isNaN(version))
    return Response.json(
      { error: { code: "BAD_REQUEST", message: "version must be a whole number from 1." } },
      { status: 400 },
    );
  try {
    const found = await citable(kind, id, version);
    if (!found) return notFound(`No published ${kind} "${id}"${version ? ` with a version ${version}` : ""}.`);
    const body = citationFile(found.work, format);
    const etag = entityTag(body);
    const { extension, contentType } = CITATION_FILES[format];
    const headers = {
      ETag: etag,
      "Cache-Control": "public, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    };
    if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    const name = found.work.key.replace(/[^A-Za-z0-9_-]/g, "_");
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${name}.${extension}"`,
      },
    });
  } catch (error) {
    return exportError(error);
  }
}
