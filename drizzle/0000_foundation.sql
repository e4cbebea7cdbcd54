CREATE TYPE "public"."content_status" AS ENUM('draft', 'in_review', 'published');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"date_note" text,
	"timeline_start" date,
	"timeline_end" date,
	"name_variants" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "cases_id_format" CHECK ("cases"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "cases_slug_format" CHECK ("cases"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "cases_date_order" CHECK ("cases"."start_date" is null or "cases"."end_date" is null or "cases"."start_date" <= "cases"."end_date")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"is_case_article" boolean DEFAULT false NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_note" text,
	"publisher" text,
	"publisher_note" text,
	"publication_date" text,
	"date_precision" date_precision,
	"date_approximate" boolean DEFAULT false NOT NULL,
	"date_note" text,
	"url" text,
	"language" text DEFAULT 'en' NOT NULL,
	"text" text NOT NULL,
	"sha256" text NOT NULL,
	"length_code_points" integer NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "documents_id_format" CHECK ("documents"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "documents_sha256_format" CHECK ("documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_length" CHECK ("documents"."length_code_points" = char_length("documents"."text")),
	CONSTRAINT "documents_publication_date_format" CHECK ("documents"."publication_date" is null or "documents"."publication_date" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_slug_key" ON "cases" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","start_date");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_one_article_per_case" ON "documents" USING btree ("case_id") WHERE "documents"."is_case_article" and "documents"."deleted_at" is null;