import { cache } from "react";
import { api, orNotFound } from "@/app/_trpc/server";

/** One case per request, shared by the page and its metadata. */
export const getCase = cache((slug: string) => orNotFound(api.case.bySlug({ slug })));
