import { actorRouter } from "./routers/actor";
import { authRouter } from "./routers/auth";
import { argumentRouter } from "./routers/argument";
import { caseRouter } from "./routers/case";
import { compareRouter } from "./routers/compare";
import { curationRouter } from "./routers/curation";
import { documentRouter } from "./routers/document";
import { lessonsRouter } from "./routers/lessons";
import { mapRouter } from "./routers/map";
import { eventRouter } from "./routers/event";
import { exportRouter } from "./routers/export";
import { legalSourceRouter } from "./routers/legal-source";
import { positionRouter } from "./routers/position";
import { previewRouter } from "./routers/preview";
import { authoringRouter } from "./routers/authoring";
import { quoteRouter } from "./routers/quote";
import { searchRouter } from "./routers/search";
import { siteRouter } from "./routers/site";
import { usersRouter } from "./routers/users";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  case: caseRouter,
  document: documentRouter,
  position: positionRouter,
  argument: argumentRouter,
  legalSource: legalSourceRouter,
  event: eventRouter,
  quote: quoteRouter,
  actor: actorRouter,
  search: searchRouter,
  compare: compareRouter,
  lessons: lessonsRouter,
  map: mapRouter,
  export: exportRouter,
  auth: authRouter,
  users: usersRouter,
  curation: curationRouter,
  authoring: authoringRouter,
  preview: previewRouter,
  site: siteRouter,
});

export type AppRouter = typeof appRouter;

/** A server-side caller: server components and tests call procedures without HTTP. */
export const createCaller = createCallerFactory(appRouter);
