import { z } from "zod";

/** Readable ids and slugs: lowercase kebab-case, as in the record (`wpr-1543a`). */
export const readableIdSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens")
  .meta({ id: "readableId" });

export const slugSchema = readableIdSchema;
