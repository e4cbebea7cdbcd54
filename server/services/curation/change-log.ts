import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityType } from "@/lib/curation/entities";
import type { Snapshot } from "./service";

/** One curated row as a revision recorded it: what readers could see before, and after. */
export interface ContentChange {
  type: EntityType;
  id: string;
  before: Snapshot | null;
  after: Snapshot;
}

/**
 * The changes a request makes, gathered as their revisions are written. Whoever runs a
 * change inside `changeLog.run([], …)` learns what it touched, without the services knowing
 * why (the purge of cached public reads: server/cache-invalidation.ts). Outside a run,
 * nothing is gathered. A change answered from its Idempotency-Key writes no revision, so
 * it logs nothing: its first run did.
 */
export const changeLog = new AsyncLocalStorage<ContentChange[]>();

export function logChange(change: ContentChange): void {
  changeLog.getStore()?.push(change);
}
