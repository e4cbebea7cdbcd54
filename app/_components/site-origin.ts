import "server-only";
import { env } from "@/env";

/** The site's public origin (SITE_URL), for absolute permalinks: never taken from the request. */
export function siteOrigin(): string {
  return env.SITE_URL;
}
