import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** Rejects a save with a message attached to one field, shown beside it in the form. */
export function fieldError(field: string, message: string): never {
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: `${field}: ${message}`,
    cause: new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]),
  });
}
