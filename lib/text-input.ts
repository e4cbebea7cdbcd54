import { z } from "zod";

/**
 * Free text a procedure takes. PostgreSQL cannot store a NUL character in text (the
 * query fails, which would be a 500), and an unpaired UTF-16 surrogate cannot be
 * encoded at all (the drivers silently turn it into U+FFFD). Both are refused here, at
 * the edge, as a 400 naming the field.
 */
export function plainText() {
  return z
    .string()
    .refine((s) => !s.includes("\u0000") && s.isWellFormed(), "must not contain NUL or unpaired surrogate characters");
}
