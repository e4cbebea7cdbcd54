CREATE TABLE "lesson_voters" (
	"lesson_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_voters_lesson_id_token_hash_pk" PRIMARY KEY("lesson_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "refused_joins" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "refused_votes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_voters" ADD CONSTRAINT "lesson_voters_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Votes cast before voter tokens were issued keep counting: their voters are registered as issued, address unknown.
INSERT INTO "lesson_voters" ("lesson_id", "token_hash", "ip", "created_at")
SELECT "lesson_id", "voter", 'unknown', min("created_at") FROM "lesson_votes" GROUP BY "lesson_id", "voter";--> statement-breakpoint
-- Admins' lessons were theirs to publish; editors' lessons made before review wait for an admin like new ones.
UPDATE "lessons" SET "approved_at" = "created_at", "approved_by" = "created_by"
WHERE "created_by" IN (SELECT "id" FROM "users" WHERE "role" = 'admin');--> statement-breakpoint
ALTER TABLE "lesson_votes" ADD CONSTRAINT "lesson_votes_voter_fk" FOREIGN KEY ("lesson_id","voter") REFERENCES "public"."lesson_voters"("lesson_id","token_hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;