import { caseRouter } from "./routers/case";
import { documentRouter } from "./routers/document";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  case: caseRouter,
  document: documentRouter,
});

export type AppRouter = typeof appRouter;

/** A server-side caller: server components and tests call procedures without HTTP. */
export const createCaller = createCallerFactory(appRouter);
