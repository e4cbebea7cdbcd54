CREATE TABLE "authoring_rejections" (
	"document_id" text NOT NULL,
	"kind" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"rejected_by" uuid,
	"rejected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authoring_rejections_document_id_kind_start_end_pk" PRIMARY KEY("document_id","kind","start","end"),
	CONSTRAINT "authoring_rejections_kind" CHECK ("authoring_rejections"."kind" in ('quote', 'event', 'citation', 'actor')),
	CONSTRAINT "authoring_rejections_span" CHECK ("authoring_rejections"."start" >= 0 and "authoring_rejections"."end" > "authoring_rejections"."start")
);
--> statement-breakpoint
ALTER TABLE "authoring_rejections" ADD CONSTRAINT "authoring_rejections_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authoring_rejections" ADD CONSTRAINT "authoring_rejections_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;