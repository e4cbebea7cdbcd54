import { TRPCError } from "@trpc/server";

export interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * A BAD_REQUEST whose cause carries the issues, field by field. (The cause must be a real
 * Error: tRPC keeps an Error as it is, while Zod's own error objects lose their issues.)
 */
export function validationError(issues: Issue[]): TRPCError {
  const message = issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
  return new TRPCError({ code: "BAD_REQUEST", message, cause: Object.assign(new Error(message), { issues }) });
}

/** Rejects a save with a message attached to one field, shown beside it in the form. */
export function fieldError(field: string, message: string): never {
  throw validationError([{ path: [field], message }]);
}
