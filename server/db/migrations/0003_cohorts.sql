CREATE TABLE "assessment_interview" (
	"candidate_id" integer NOT NULL,
	"assessor_id" text NOT NULL,
	"held_on" date,
	"presentation_note" text,
	"interview_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_interview_pk" PRIMARY KEY("candidate_id","assessor_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_score" (
	"candidate_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"assessor_id" text NOT NULL,
	"score" integer NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_score_pk" PRIMARY KEY("candidate_id","criterion_id","assessor_id")
);
--> statement-breakpoint
CREATE TABLE "bimtek_attendance" (
	"stage_id" integer NOT NULL,
	"opd_id" integer NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "bimtek_attendance_pk" PRIMARY KEY("stage_id","opd_id")
);
--> statement-breakpoint
CREATE TABLE "bimtek_stage" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bimtek_stage_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"candidate_id" integer NOT NULL,
	"stage_template_id" integer NOT NULL,
	"number" integer NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"actual_start" date,
	"actual_end" date,
	"mode" text,
	"venue" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bimtek_stage_candidate_number_key" UNIQUE("candidate_id","number")
);
--> statement-breakpoint
CREATE TABLE "candidate" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidate_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cohort_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"selection_reason" text,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "candidate_cohort_region_key" UNIQUE("cohort_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "cohort" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cohort_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"quota" integer NOT NULL,
	"framework_id" integer NOT NULL,
	"instrument_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result_letter_number" text,
	"result_letter_date" date,
	"selection_published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "deliverable" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliverable_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stage_id" integer NOT NULL,
	"template_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"file_id" text,
	"link" text,
	"note" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "deliverable_stage_template_key" UNIQUE("stage_id","template_id")
);
--> statement-breakpoint
CREATE TABLE "deliverable_review" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliverable_review_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"deliverable_id" integer NOT NULL,
	"author_id" text,
	"action" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"candidate_id" integer NOT NULL,
	"criterion_id" integer,
	"file_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mou" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mou_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"candidate_id" integer NOT NULL,
	"ministry_number" text,
	"region_number" text,
	"signed_on" date,
	"mode" text,
	"place" text,
	"ministry_signatory_name" text,
	"ministry_signatory_position" text,
	"region_signatory_name" text,
	"region_signatory_position" text,
	"scan_file_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mou_candidate_id_unique" UNIQUE("candidate_id")
);
--> statement-breakpoint
CREATE TABLE "readiness_criterion" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "readiness_criterion_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"instrument_id" integer NOT NULL,
	"code" text NOT NULL,
	"lens" text NOT NULL,
	"text_id" text NOT NULL,
	"text_en" text NOT NULL,
	"weight" integer NOT NULL,
	"order" integer NOT NULL,
	CONSTRAINT "readiness_criterion_instrument_code_key" UNIQUE("instrument_id","code")
);
--> statement-breakpoint
CREATE TABLE "readiness_instrument" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "readiness_instrument_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"scale_min" integer NOT NULL,
	"scale_max" integer NOT NULL,
	CONSTRAINT "readiness_instrument_code_version_key" UNIQUE("code","version")
);
--> statement-breakpoint
CREATE TABLE "self_assessment_answer" (
	"candidate_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"answer" text NOT NULL,
	"self_score" integer,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessment_answer_pk" PRIMARY KEY("candidate_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" text PRIMARY KEY NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"region_code" text,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_interview" ADD CONSTRAINT "assessment_interview_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_interview" ADD CONSTRAINT "assessment_interview_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_criterion_id_readiness_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."readiness_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_score" ADD CONSTRAINT "assessment_score_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bimtek_attendance" ADD CONSTRAINT "bimtek_attendance_stage_id_bimtek_stage_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."bimtek_stage"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bimtek_attendance" ADD CONSTRAINT "bimtek_attendance_opd_id_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bimtek_stage" ADD CONSTRAINT "bimtek_stage_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bimtek_stage" ADD CONSTRAINT "bimtek_stage_stage_template_id_stage_template_id_fk" FOREIGN KEY ("stage_template_id") REFERENCES "public"."stage_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate" ADD CONSTRAINT "candidate_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate" ADD CONSTRAINT "candidate_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_instrument_id_readiness_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."readiness_instrument"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable" ADD CONSTRAINT "deliverable_stage_id_bimtek_stage_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."bimtek_stage"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable" ADD CONSTRAINT "deliverable_template_id_deliverable_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."deliverable_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable" ADD CONSTRAINT "deliverable_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliverable_review" ADD CONSTRAINT "deliverable_review_deliverable_id_deliverable_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."deliverable"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_criterion_id_readiness_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."readiness_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mou" ADD CONSTRAINT "mou_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mou" ADD CONSTRAINT "mou_scan_file_id_stored_file_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_criterion" ADD CONSTRAINT "readiness_criterion_instrument_id_readiness_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."readiness_instrument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_answer" ADD CONSTRAINT "self_assessment_answer_candidate_id_candidate_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_answer" ADD CONSTRAINT "self_assessment_answer_criterion_id_readiness_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."readiness_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_region_idx" ON "candidate" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "deliverable_review_deliverable_idx" ON "deliverable_review" USING btree ("deliverable_id");--> statement-breakpoint
CREATE INDEX "evidence_candidate_idx" ON "evidence" USING btree ("candidate_id");