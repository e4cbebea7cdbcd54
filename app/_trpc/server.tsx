import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { createContext } from "@/server/context";
import { cachedReads } from "@/server/public-reads";
import { appRouter, createCaller } from "@/server/root";
import { makeQueryClient } from "./query-client";

const requestContext = cache(async () => createContext(new Headers(await headers()), { publishedReads: cachedReads }));

/** For data a server component only renders: call the procedure directly. */
export const api = createCaller(requestContext);

/** For data a client island also uses: prefetch on the server, hydrate in the browser. */
export const getQueryClient = cache(makeQueryClient);
export const trpc = createTRPCOptionsProxy({ ctx: requestContext, router: appRouter, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Turns the API's NOT_FOUND (and a malformed id in the URL) into the 404 page. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
