import { z } from "zod";

/** What a new password must be: long enough to resist guessing, short enough to hash quickly. */
export const passwordSchema = z
  .string()
  .min(12, "must be at least 12 characters")
  .max(256, "must be at most 256 characters")
  .refine((p) => p.trim().length === p.length, "must not start or end with spaces");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .email("must be an email address");
