CREATE TABLE "lesson_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"voter" text NOT NULL,
	"display_name" text NOT NULL,
	"side" integer NOT NULL,
	"clash_id" text,
	"reply_to_argument" text,
	"reply_to_contribution" uuid,
	"claim" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"imported_argument_id" text,
	CONSTRAINT "lesson_contributions_claim" CHECK (char_length("lesson_contributions"."claim") between 1 and 300),
	CONSTRAINT "lesson_contributions_detail" CHECK (char_length("lesson_contributions"."detail") <= 1500),
	CONSTRAINT "lesson_contributions_display_name" CHECK (char_length("lesson_contributions"."display_name") between 1 and 40),
	CONSTRAINT "lesson_contributions_side" CHECK ("lesson_contributions"."side" between 0 and 3),
	CONSTRAINT "lesson_contributions_one_target" CHECK ("lesson_contributions"."reply_to_argument" is null or "lesson_contributions"."reply_to_contribution" is null)
);
--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD COLUMN "side" integer;--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD COLUMN "muted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "refused_contributions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "sides" text DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "side_shift" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_contributions" ADD CONSTRAINT "lesson_contributions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_contributions" ADD CONSTRAINT "lesson_contributions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_contributions" ADD CONSTRAINT "lesson_contributions_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_contributions" ADD CONSTRAINT "lesson_contributions_voter_fk" FOREIGN KEY ("lesson_id","voter") REFERENCES "public"."lesson_voters"("lesson_id","token_hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_contributions" ADD CONSTRAINT "lesson_contributions_reply_fk" FOREIGN KEY ("reply_to_contribution") REFERENCES "public"."lesson_contributions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lesson_contributions_lesson_idx" ON "lesson_contributions" USING btree ("lesson_id","created_at");--> statement-breakpoint
CREATE INDEX "lesson_contributions_voter_idx" ON "lesson_contributions" USING btree ("lesson_id","voter");--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD CONSTRAINT "lesson_voters_display_name" CHECK (char_length("lesson_voters"."display_name") between 1 and 40);--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD CONSTRAINT "lesson_voters_side" CHECK ("lesson_voters"."side" between 0 and 3);--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_sides" CHECK ("lessons"."sides" in ('off', 'even', 'teacher'));--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_side_shift" CHECK ("lessons"."side_shift" >= 0);