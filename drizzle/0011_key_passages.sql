CREATE TABLE "key_passages" (
	"id" text PRIMARY KEY NOT NULL,
	"legal_source_id" text NOT NULL,
	"pinpoint" text NOT NULL,
	"opinion" text,
	"text" text NOT NULL,
	"verification" "verification" NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("text", '')), 'A') || setweight(to_tsvector('english', coalesce("pinpoint", '')), 'B') || setweight(to_tsvector('english', coalesce("opinion", '')), 'C')) STORED NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "key_passages_id_format" CHECK ("key_passages"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "key_passages_pinpoint_not_blank" CHECK (btrim("key_passages"."pinpoint") <> ''),
	CONSTRAINT "key_passages_text_not_blank" CHECK (btrim("key_passages"."text") <> '')
);
--> statement-breakpoint
ALTER TABLE "key_passages" ADD CONSTRAINT "key_passages_legal_source_id_legal_sources_id_fk" FOREIGN KEY ("legal_source_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_passages_source_idx" ON "key_passages" USING btree ("legal_source_id","sort_order");--> statement-breakpoint
CREATE INDEX "key_passages_search_idx" ON "key_passages" USING gin ("search_vector");