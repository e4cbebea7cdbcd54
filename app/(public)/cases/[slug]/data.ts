import { notFound } from "next/navigation";
import { cache } from "react";
import { readCase, readEvents } from "@/server/public-reads";

/** One case per render, shared by the page and its metadata; the 404 page when there is none. */
export const getCase = cache(async (slug: string) => (await readCase(slug)) ?? notFound());

/** The case's events (cached with the case). */
export const getEvents = cache(async (slug: string) => (await readEvents(slug)) ?? notFound());
