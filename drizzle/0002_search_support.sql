-- Search support: trigram matching for typo-tolerant look-ups, and an immutable
-- array_to_string so that stored tsvector columns can include text arrays (aliases,
-- other citations). array_to_string itself is only STABLE, which generated columns refuse.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION wpe_immutable_array_to_string(text[], text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string($1, $2) $$;
