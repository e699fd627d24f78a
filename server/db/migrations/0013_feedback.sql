CREATE TABLE "feedback" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"program_id" integer,
	"quick_win_id" integer,
	"category" text NOT NULL,
	"body" text NOT NULL,
	"sender_name" text,
	"sender_email" text,
	"sender_ip" text,
	"photo_file_id" text,
	"follow_token_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"forwarded_opd_id" integer,
	"forwarded_at" timestamp with time zone,
	"reply_body" text,
	"replied_at" timestamp with time zone,
	"replied_by" text,
	"published_at" timestamp with time zone,
	"moderated_by" text,
	"handled_at" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_follow_token_hash_key" UNIQUE("follow_token_hash"),
	CONSTRAINT "feedback_category_check" CHECK ("feedback"."category" in ('question', 'report', 'suggestion')),
	CONSTRAINT "feedback_status_check" CHECK ("feedback"."status" in ('pending', 'published', 'rejected')),
	CONSTRAINT "feedback_subject_check" CHECK (("feedback"."program_id" is null) <> ("feedback"."quick_win_id" is null))
);
--> statement-breakpoint
ALTER TABLE "outbox_message" DROP CONSTRAINT "outbox_message_kind_check";--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_quick_win_id_quick_win_id_fk" FOREIGN KEY ("quick_win_id") REFERENCES "public"."quick_win"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_photo_file_id_stored_file_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."stored_file"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_forwarded_opd_id_opd_id_fk" FOREIGN KEY ("forwarded_opd_id") REFERENCES "public"."opd"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_replied_by_user_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_moderated_by_user_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_region_status_idx" ON "feedback" USING btree ("region_code","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "feedback_sender_ip_idx" ON "feedback" USING btree ("sender_ip","created_at") WHERE "feedback"."sender_ip" is not null;--> statement-breakpoint
CREATE INDEX "feedback_sender_email_idx" ON "feedback" USING btree ("sender_email","created_at") WHERE "feedback"."sender_email" is not null;--> statement-breakpoint
CREATE INDEX "feedback_program_idx" ON "feedback" USING btree ("program_id") WHERE "feedback"."program_id" is not null;--> statement-breakpoint
CREATE INDEX "feedback_quick_win_idx" ON "feedback" USING btree ("quick_win_id") WHERE "feedback"."quick_win_id" is not null;--> statement-breakpoint
CREATE INDEX "feedback_erase_idx" ON "feedback" USING btree ("created_at") WHERE "feedback"."personal_data_erased_at" is null;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_kind_check" CHECK ("outbox_message"."kind" in ('invitation', 'password_reset', 'notification', 'digest', 'feedback', 'other'));