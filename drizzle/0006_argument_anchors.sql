CREATE TABLE "argument_anchors" (
	"argument_id" text NOT NULL,
	"anchor_id" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "argument_anchors_argument_id_anchor_id_pk" PRIMARY KEY("argument_id","anchor_id")
);
--> statement-breakpoint
ALTER TABLE "argument_anchors" ADD CONSTRAINT "argument_anchors_argument_id_arguments_id_fk" FOREIGN KEY ("argument_id") REFERENCES "public"."arguments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "argument_anchors" ADD CONSTRAINT "argument_anchors_anchor_id_anchors_id_fk" FOREIGN KEY ("anchor_id") REFERENCES "public"."anchors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "argument_anchors_anchor_idx" ON "argument_anchors" USING btree ("anchor_id");