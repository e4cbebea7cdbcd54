import { randomInt } from "node:crypto";

/**
 * Unexpected errors: the client sees a short id and nothing else (an error's message can
 * hold SQL, table names or values), the server log has the id beside the real error.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const ids = new WeakMap<object, string>();

/** Six characters without look-alikes (0/O, 1/I), easy to read out over the phone. */
export function newErrorId(): string {
  return Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/** The message a user sees for an unexpected error. */
export function maskedMessage(id: string): string {
  return `Something went wrong (error id ${id}). Please try again; if it keeps happening, tell us this id.`;
}

/**
 * The id of an unexpected error, logged with the error the first time it is asked for,
 * so an error seen by several handlers (a middleware, the formatter) is logged once.
 */
export function reportUnexpected(error: object, where: string): string {
  let id = ids.get(error);
  if (!id) {
    id = newErrorId();
    ids.set(error, id);
    console.error(`Error ${id} in ${where}:`, error);
  }
  return id;
}

/** Marks an error as already reported under `id` (the masked copy of one). */
export function rememberErrorId(error: object, id: string): void {
  ids.set(error, id);
}
