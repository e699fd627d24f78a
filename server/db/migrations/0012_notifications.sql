CREATE TABLE "digest_run" (
	"user_id" text NOT NULL,
	"period" text NOT NULL,
	"items" integer NOT NULL,
	"outbox_message_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_run_pk" PRIMARY KEY("user_id","period")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notification_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text NOT NULL,
	"body_id" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"href" text NOT NULL,
	"region_code" text,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"actor_user_id" text,
	"audit_event_id" bigint,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "notification_user_dedupe_key" UNIQUE("user_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"email_mode" text DEFAULT 'daily' NOT NULL,
	"muted_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_mode_check" CHECK ("notification_preference"."email_mode" in ('immediate', 'daily', 'weekly', 'none'))
);
--> statement-breakpoint
ALTER TABLE "outbox_message" DROP CONSTRAINT "outbox_message_kind_check";--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "status" text DEFAULT 'queued' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "outbox_message" SET "status" = CASE WHEN "sent_at" IS NOT NULL THEN 'sent' WHEN "error" IS NOT NULL THEN 'failed' ELSE 'queued' END, "attempts" = CASE WHEN "sent_at" IS NOT NULL OR "error" IS NOT NULL THEN 1 ELSE 0 END;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "self_assessment_ends_on" date;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD COLUMN "scoring_ends_on" date;--> statement-breakpoint
ALTER TABLE "framework" ADD COLUMN "reporting" jsonb DEFAULT '{"annualDue":"02-28","semesterDue":"07-31"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_run" ADD CONSTRAINT "digest_run_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_user_created_idx" ON "notification" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notification_user_unread_idx" ON "notification" USING btree ("user_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notification_unmailed_idx" ON "notification" USING btree ("user_id") WHERE "notification"."emailed_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_message_queued_idx" ON "outbox_message" USING btree ("id") WHERE "outbox_message"."status" = 'queued';--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_status_check" CHECK ("outbox_message"."status" in ('queued', 'sent', 'failed'));--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_kind_check" CHECK ("outbox_message"."kind" in ('invitation', 'password_reset', 'notification', 'digest', 'other'));