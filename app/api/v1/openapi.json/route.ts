import { siteOrigin } from "@/app/_components/site-origin";
import { restJson, restPreflight } from "@/server/rest/handler";
import { openApiDocument } from "@/server/rest/openapi";

/** The API's OpenAPI 3.1 document, generated from the schemas the API checks its answers with. */
export function GET(req: Request) {
  return restJson(req, openApiDocument(siteOrigin()));
}

export const OPTIONS = restPreflight;
