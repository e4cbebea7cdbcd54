import type { Db } from "@/db/client";
import { createCaller } from "./root";

/** A caller as an anonymous reader would have it, on the given database. */
export function readerCaller(db: Db) {
  return createCaller({ getDb: async () => db, headers: new Headers() });
}
