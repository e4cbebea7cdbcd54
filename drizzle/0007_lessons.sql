CREATE TABLE "lesson_votes" (
	"lesson_id" uuid NOT NULL,
	"clash_id" text NOT NULL,
	"argument_id" text NOT NULL,
	"voter" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_votes_lesson_id_clash_id_voter_pk" PRIMARY KEY("lesson_id","clash_id","voter")
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"case_id" text NOT NULL,
	"position_ids" text[] NOT NULL,
	"prompt_ids" text[] DEFAULT '{}' NOT NULL,
	"blind" boolean DEFAULT false NOT NULL,
	"column_order" integer DEFAULT 0 NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "lessons_code_format" CHECK ("lessons"."code" ~ '^[A-Z2-9]{6}$'),
	CONSTRAINT "lessons_positions" CHECK (cardinality("lessons"."position_ids") between 2 and 4)
);
--> statement-breakpoint
ALTER TABLE "lesson_votes" ADD CONSTRAINT "lesson_votes_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lesson_votes_tally_idx" ON "lesson_votes" USING btree ("lesson_id","clash_id","argument_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lessons_code_key" ON "lessons" USING btree ("code");--> statement-breakpoint
CREATE INDEX "lessons_created_by_idx" ON "lessons" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "lessons_case_idx" ON "lessons" USING btree ("case_id");