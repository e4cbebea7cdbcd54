CREATE TYPE "public"."verification" AS ENUM('checked', 'background');--> statement-breakpoint
CREATE TYPE "public"."actor_kind" AS ENUM('person', 'office', 'institution', 'state', 'armed_group', 'organization', 'group');--> statement-breakpoint
CREATE TYPE "public"."citation_use" AS ENUM('relies_on', 'distinguishes', 'contests');--> statement-breakpoint
CREATE TYPE "public"."relation_kind" AS ENUM('supports', 'rebuts', 'undercuts', 'qualifies');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('attack', 'use_of_force', 'statement', 'report', 'legislative', 'other');--> statement-breakpoint
CREATE TYPE "public"."legal_source_actor_role" AS ENUM('author', 'addressee', 'sponsor');--> statement-breakpoint
CREATE TYPE "public"."legal_source_kind" AS ENUM('constitution', 'statute', 'provision', 'treaty', 'case', 'executive_opinion', 'presidential_letter', 'diplomatic_note', 'bill');--> statement-breakpoint
CREATE TYPE "public"."legal_status" AS ENUM('in_force', 'repealed', 'expired', 'pending', 'failed');--> statement-breakpoint
CREATE TYPE "public"."legal_frame" AS ENUM('domestic', 'international', 'domestic_and_international', 'legislative', 'policy');--> statement-breakpoint
CREATE TYPE "public"."legal_stance" AS ENUM('lawful', 'unlawful', 'contested', 'reform');--> statement-breakpoint
CREATE TYPE "public"."position_actor_role" AS ENUM('holder', 'discussant');--> statement-breakpoint
CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "actor_kind" NOT NULL,
	"role" text,
	"affiliation" text,
	"us_state" text,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"summary" text,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "actors_id_format" CHECK ("actors"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "argument_attributions" (
	"argument_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "argument_attributions_argument_id_actor_id_pk" PRIMARY KEY("argument_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "argument_events" (
	"argument_id" text NOT NULL,
	"event_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "argument_events_argument_id_event_id_pk" PRIMARY KEY("argument_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "argument_quotes" (
	"argument_id" text NOT NULL,
	"quote_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "argument_quotes_argument_id_quote_id_pk" PRIMARY KEY("argument_id","quote_id")
);
--> statement-breakpoint
CREATE TABLE "argument_relations" (
	"id" text PRIMARY KEY NOT NULL,
	"from_argument_id" text,
	"from_position_id" text,
	"to_argument_id" text,
	"to_position_id" text,
	"to_event_id" text,
	"kind" "relation_kind" NOT NULL,
	"note" text,
	"inferred" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "argument_relations_one_source" CHECK (num_nonnulls("argument_relations"."from_argument_id", "argument_relations"."from_position_id") = 1),
	CONSTRAINT "argument_relations_one_target" CHECK (num_nonnulls("argument_relations"."to_argument_id", "argument_relations"."to_position_id", "argument_relations"."to_event_id") = 1),
	CONSTRAINT "argument_relations_not_self" CHECK ("argument_relations"."from_argument_id" is distinct from "argument_relations"."to_argument_id" or "argument_relations"."from_argument_id" is null)
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" text PRIMARY KEY NOT NULL,
	"argument_id" text NOT NULL,
	"legal_source_id" text NOT NULL,
	"pinpoint" text,
	"use" "citation_use" NOT NULL,
	"note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "citations_use" CHECK ("citations"."use" in ('relies_on', 'distinguishes', 'contests')),
	CONSTRAINT "citations_pinpoint_not_blank" CHECK ("citations"."pinpoint" is null or btrim("citations"."pinpoint") <> '')
);
--> statement-breakpoint
CREATE TABLE "arguments" (
	"id" text PRIMARY KEY NOT NULL,
	"position_id" text NOT NULL,
	"claim" text NOT NULL,
	"explanation" text NOT NULL,
	"derived_from" text,
	"placement_note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "arguments_id_format" CHECK ("arguments"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "clash_side_arguments" (
	"clash_side_id" text NOT NULL,
	"argument_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clash_side_arguments_clash_side_id_argument_id_pk" PRIMARY KEY("clash_side_id","argument_id")
);
--> statement-breakpoint
CREATE TABLE "clash_side_positions" (
	"clash_side_id" text NOT NULL,
	"position_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clash_side_positions_clash_side_id_position_id_pk" PRIMARY KEY("clash_side_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "clash_sides" (
	"id" text PRIMARY KEY NOT NULL,
	"clash_id" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "clash_sides_id_format" CHECK ("clash_sides"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "clashes" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"question" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "clashes_id_format" CHECK ("clashes"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "prompt_clashes" (
	"prompt_id" text NOT NULL,
	"clash_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prompt_clashes_prompt_id_clash_id_pk" PRIMARY KEY("prompt_id","clash_id")
);
--> statement-breakpoint
CREATE TABLE "prompts" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"prompt" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "prompts_id_format" CHECK ("prompts"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "anchors" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"exact" text NOT NULL,
	"prefix" text DEFAULT '' NOT NULL,
	"suffix" text DEFAULT '' NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "anchors_id_format" CHECK ("anchors"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "anchors_span" CHECK (0 <= "anchors"."start" and "anchors"."start" < "anchors"."end"),
	CONSTRAINT "anchors_exact_length" CHECK (char_length("anchors"."exact") = "anchors"."end" - "anchors"."start"),
	CONSTRAINT "anchors_context_length" CHECK (char_length("anchors"."prefix") <= 64 and char_length("anchors"."suffix") <= 64)
);
--> statement-breakpoint
CREATE TABLE "event_actors" (
	"event_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_actors_event_id_actor_id_pk" PRIMARY KEY("event_id","actor_id")
);
--> statement-breakpoint
CREATE TABLE "event_anchors" (
	"event_id" text NOT NULL,
	"anchor_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_anchors_event_id_anchor_id_pk" PRIMARY KEY("event_id","anchor_id")
);
--> statement-breakpoint
CREATE TABLE "event_legal_sources" (
	"event_id" text NOT NULL,
	"legal_source_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_legal_sources_event_id_legal_source_id_pk" PRIMARY KEY("event_id","legal_source_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"title" text NOT NULL,
	"kind" "event_kind" NOT NULL,
	"date" text NOT NULL,
	"end_date" text,
	"date_precision" date_precision NOT NULL,
	"date_note" text,
	"time_zone_note" text,
	"place" text,
	"summary" text NOT NULL,
	"in_article" boolean DEFAULT false NOT NULL,
	"article_note" text,
	"verification" "verification",
	"unconfirmed_details" text[] DEFAULT '{}' NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "events_id_format" CHECK ("events"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "events_date_format" CHECK ("events"."date" is null or "events"."date" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	CONSTRAINT "events_end_date_format" CHECK ("events"."end_date" is null or "events"."end_date" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	CONSTRAINT "events_date_order" CHECK ("events"."end_date" is null or "events"."date" <= "events"."end_date")
);
--> statement-breakpoint
CREATE TABLE "legal_source_actors" (
	"legal_source_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"role" "legal_source_actor_role" NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_source_actors_legal_source_id_actor_id_role_pk" PRIMARY KEY("legal_source_id","actor_id","role")
);
--> statement-breakpoint
CREATE TABLE "legal_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"parent_id" text,
	"kind" "legal_source_kind" NOT NULL,
	"short_title" text NOT NULL,
	"citation" text NOT NULL,
	"citation_parts" jsonb NOT NULL,
	"citation_note" text,
	"date" text NOT NULL,
	"date_precision" date_precision NOT NULL,
	"date_note" text,
	"url" text,
	"url_note" text,
	"additional_urls" text[] DEFAULT '{}' NOT NULL,
	"mirror_url" text,
	"mirror_note" text,
	"summary" text NOT NULL,
	"also_known_as" text[] DEFAULT '{}' NOT NULL,
	"related_citations" text[] DEFAULT '{}' NOT NULL,
	"act_section" text,
	"enacted_by" text,
	"legal_status" "legal_status",
	"repealed_by_id" text,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verification" "verification" NOT NULL,
	"verified_by" text,
	"verified_on" date,
	"unconfirmed" text[] DEFAULT '{}' NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "legal_sources_id_format" CHECK ("legal_sources"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "legal_sources_date_format" CHECK ("legal_sources"."date" is null or "legal_sources"."date" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	CONSTRAINT "legal_sources_not_own_parent" CHECK ("legal_sources"."parent_id" is distinct from "legal_sources"."id"),
	CONSTRAINT "legal_sources_provision_has_parent" CHECK ("legal_sources"."kind" <> 'provision' or "legal_sources"."parent_id" is not null),
	CONSTRAINT "legal_sources_repeal" CHECK ("legal_sources"."repealed_by_id" is null or "legal_sources"."legal_status" = 'repealed')
);
--> statement-breakpoint
CREATE TABLE "position_actors" (
	"position_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"role" "position_actor_role" DEFAULT 'holder' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_actors_position_id_actor_id_role_pk" PRIMARY KEY("position_id","actor_id","role")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"stance" "legal_stance" NOT NULL,
	"legal_frame" "legal_frame" NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "positions_id_format" CHECK ("positions"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "quote_events" (
	"quote_id" text NOT NULL,
	"event_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quote_events_quote_id_event_id_pk" PRIMARY KEY("quote_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"text" text NOT NULL,
	"date" text,
	"date_precision" date_precision,
	"date_approximate" boolean DEFAULT false NOT NULL,
	"date_note" text,
	"anchor_id" text,
	"in_article" boolean DEFAULT false NOT NULL,
	"fragment" boolean DEFAULT false NOT NULL,
	"text_note" text,
	"source_url" text,
	"reported_by" text,
	"attribution_note" text,
	"variant_of_id" text,
	"excerpt_of_id" text,
	"unconfirmed" text[] DEFAULT '{}' NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "quotes_id_format" CHECK ("quotes"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "quotes_date_format" CHECK ("quotes"."date" is null or "quotes"."date" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
	CONSTRAINT "quotes_in_article_anchored" CHECK (not "quotes"."in_article" or "quotes"."anchor_id" is not null),
	CONSTRAINT "quotes_not_own_variant" CHECK ("quotes"."variant_of_id" is distinct from "quotes"."id" and "quotes"."excerpt_of_id" is distinct from "quotes"."id")
);
--> statement-breakpoint
ALTER TABLE "argument_attributions" ADD CONSTRAINT "argument_attributions_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_attributions" ADD CONSTRAINT "argument_attributions_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_events" ADD CONSTRAINT "argument_events_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_events" ADD CONSTRAINT "argument_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_quotes" ADD CONSTRAINT "argument_quotes_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_quotes" ADD CONSTRAINT "argument_quotes_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_relations" ADD CONSTRAINT "argument_relations_from_argument_id_arguments_id_fk" FOREIGN KEY ("from_argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_relations" ADD CONSTRAINT "argument_relations_from_position_id_positions_id_fk" FOREIGN KEY ("from_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_relations" ADD CONSTRAINT "argument_relations_to_argument_id_arguments_id_fk" FOREIGN KEY ("to_argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_relations" ADD CONSTRAINT "argument_relations_to_position_id_positions_id_fk" FOREIGN KEY ("to_position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_relations" ADD CONSTRAINT "argument_relations_to_event_id_events_id_fk" FOREIGN KEY ("to_event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_legal_source_id_legal_sources_id_fk" FOREIGN KEY ("legal_source_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arguments" ADD CONSTRAINT "arguments_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clash_side_arguments" ADD CONSTRAINT "clash_side_arguments_clash_side_id_clash_sides_id_fk" FOREIGN KEY ("clash_side_id") REFERENCES "public"."clash_sides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clash_side_arguments" ADD CONSTRAINT "clash_side_arguments_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clash_side_positions" ADD CONSTRAINT "clash_side_positions_clash_side_id_clash_sides_id_fk" FOREIGN KEY ("clash_side_id") REFERENCES "public"."clash_sides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clash_side_positions" ADD CONSTRAINT "clash_side_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clash_sides" ADD CONSTRAINT "clash_sides_clash_id_clashes_id_fk" FOREIGN KEY ("clash_id") REFERENCES "public"."clashes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clashes" ADD CONSTRAINT "clashes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_clashes" ADD CONSTRAINT "prompt_clashes_prompt_id_prompts_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."prompts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompt_clashes" ADD CONSTRAINT "prompt_clashes_clash_id_clashes_id_fk" FOREIGN KEY ("clash_id") REFERENCES "public"."clashes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anchors" ADD CONSTRAINT "anchors_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_actors" ADD CONSTRAINT "event_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_anchors" ADD CONSTRAINT "event_anchors_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_anchors" ADD CONSTRAINT "event_anchors_anchor_id_anchors_id_fk" FOREIGN KEY ("anchor_id") REFERENCES "public"."anchors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_legal_sources" ADD CONSTRAINT "event_legal_sources_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_legal_sources" ADD CONSTRAINT "event_legal_sources_legal_source_id_legal_sources_id_fk" FOREIGN KEY ("legal_source_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_source_actors" ADD CONSTRAINT "legal_source_actors_legal_source_id_legal_sources_id_fk" FOREIGN KEY ("legal_source_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_source_actors" ADD CONSTRAINT "legal_source_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_sources" ADD CONSTRAINT "legal_sources_parent_id_legal_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_sources" ADD CONSTRAINT "legal_sources_repealed_by_id_legal_sources_id_fk" FOREIGN KEY ("repealed_by_id") REFERENCES "public"."legal_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_actors" ADD CONSTRAINT "position_actors_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_actors" ADD CONSTRAINT "position_actors_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_events" ADD CONSTRAINT "quote_events_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_events" ADD CONSTRAINT "quote_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_id_actors_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_anchor_id_anchors_id_fk" FOREIGN KEY ("anchor_id") REFERENCES "public"."anchors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_variant_of_id_quotes_id_fk" FOREIGN KEY ("variant_of_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_excerpt_of_id_quotes_id_fk" FOREIGN KEY ("excerpt_of_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actors_name_idx" ON "actors" USING btree ("name");--> statement-breakpoint
CREATE INDEX "argument_attributions_actor_idx" ON "argument_attributions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "argument_events_event_idx" ON "argument_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "argument_quotes_quote_idx" ON "argument_quotes" USING btree ("quote_id");--> statement-breakpoint
CREATE INDEX "argument_relations_from_argument_idx" ON "argument_relations" USING btree ("from_argument_id");--> statement-breakpoint
CREATE INDEX "argument_relations_from_position_idx" ON "argument_relations" USING btree ("from_position_id");--> statement-breakpoint
CREATE INDEX "argument_relations_to_argument_idx" ON "argument_relations" USING btree ("to_argument_id");--> statement-breakpoint
CREATE INDEX "argument_relations_to_position_idx" ON "argument_relations" USING btree ("to_position_id");--> statement-breakpoint
CREATE INDEX "argument_relations_to_event_idx" ON "argument_relations" USING btree ("to_event_id");--> statement-breakpoint
CREATE INDEX "citations_argument_idx" ON "citations" USING btree ("argument_id","sort_order");--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" USING btree ("legal_source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "citations_argument_source_pinpoint_key" ON "citations" USING btree ("argument_id","legal_source_id","pinpoint") WHERE "citations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "arguments_position_idx" ON "arguments" USING btree ("position_id","sort_order");--> statement-breakpoint
CREATE INDEX "clash_side_arguments_argument_idx" ON "clash_side_arguments" USING btree ("argument_id");--> statement-breakpoint
CREATE INDEX "clash_side_positions_position_idx" ON "clash_side_positions" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "clash_sides_clash_idx" ON "clash_sides" USING btree ("clash_id","sort_order");--> statement-breakpoint
CREATE INDEX "clashes_case_idx" ON "clashes" USING btree ("case_id","sort_order");--> statement-breakpoint
CREATE INDEX "prompt_clashes_clash_idx" ON "prompt_clashes" USING btree ("clash_id");--> statement-breakpoint
CREATE INDEX "prompts_case_idx" ON "prompts" USING btree ("case_id","sort_order");--> statement-breakpoint
CREATE INDEX "anchors_document_idx" ON "anchors" USING btree ("document_id","start");--> statement-breakpoint
CREATE INDEX "event_actors_actor_idx" ON "event_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "event_anchors_anchor_idx" ON "event_anchors" USING btree ("anchor_id");--> statement-breakpoint
CREATE INDEX "event_legal_sources_source_idx" ON "event_legal_sources" USING btree ("legal_source_id");--> statement-breakpoint
CREATE INDEX "events_case_date_idx" ON "events" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "legal_source_actors_actor_idx" ON "legal_source_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "legal_sources_kind_idx" ON "legal_sources" USING btree ("kind","short_title");--> statement-breakpoint
CREATE INDEX "legal_sources_parent_idx" ON "legal_sources" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "legal_sources_repealed_by_idx" ON "legal_sources" USING btree ("repealed_by_id");--> statement-breakpoint
CREATE INDEX "position_actors_actor_idx" ON "position_actors" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "positions_case_idx" ON "positions" USING btree ("case_id","sort_order");--> statement-breakpoint
CREATE INDEX "quote_events_event_idx" ON "quote_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "quotes_case_idx" ON "quotes" USING btree ("case_id","date");--> statement-breakpoint
CREATE INDEX "quotes_speaker_idx" ON "quotes" USING btree ("speaker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_anchor_key" ON "quotes" USING btree ("anchor_id");