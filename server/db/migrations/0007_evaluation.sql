CREATE TABLE "evaluation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_round_region_key" UNIQUE("round_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "evaluation_answer" (
	"evaluation_id" integer NOT NULL,
	"item_code" text NOT NULL,
	"narrative" text NOT NULL,
	"self_score" numeric,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_answer_pk" PRIMARY KEY("evaluation_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "evaluation_assessor" (
	"round_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" text,
	CONSTRAINT "evaluation_assessor_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"evaluation_id" integer NOT NULL,
	"item_code" text,
	"file_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_interview" (
	"evaluation_id" integer NOT NULL,
	"assessor_id" text NOT NULL,
	"held_on" date,
	"notes" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_interview_pk" PRIMARY KEY("evaluation_id","assessor_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_result" (
	"evaluation_id" integer PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"region_code" text NOT NULL,
	"province_code" text NOT NULL,
	"index" numeric,
	"results" jsonb NOT NULL,
	"dimensions" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"assessors" integer NOT NULL,
	"previous_round_id" integer,
	"previous_index" numeric,
	"improvement" numeric,
	"improvement_percent" numeric,
	"national_rank" integer,
	"provincial_rank" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_round" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_round_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"tahap" text NOT NULL,
	"name" text NOT NULL,
	"scheme_key" text NOT NULL,
	"scheme" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cohort_id" integer,
	"result_letter_number" text,
	"result_letter_date" date,
	"published_at" timestamp with time zone,
	"published_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_round_year_tahap_key" UNIQUE("year","tahap"),
	CONSTRAINT "evaluation_round_tahap_check" CHECK ("evaluation_round"."tahap" in ('I', 'II'))
);
--> statement-breakpoint
CREATE TABLE "evaluation_score" (
	"evaluation_id" integer NOT NULL,
	"item_code" text NOT NULL,
	"assessor_id" text NOT NULL,
	"score" numeric NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_score_pk" PRIMARY KEY("evaluation_id","item_code","assessor_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_answer" ADD CONSTRAINT "evaluation_answer_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessor" ADD CONSTRAINT "evaluation_assessor_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessor" ADD CONSTRAINT "evaluation_assessor_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_interview" ADD CONSTRAINT "evaluation_interview_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_interview" ADD CONSTRAINT "evaluation_interview_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_result" ADD CONSTRAINT "evaluation_result_round_id_evaluation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_round" ADD CONSTRAINT "evaluation_round_cohort_id_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohort"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_evaluation_id_evaluation_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_score" ADD CONSTRAINT "evaluation_score_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_region_idx" ON "evaluation" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "evaluation_assessor_user_idx" ON "evaluation_assessor" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_evaluation_idx" ON "evaluation_evidence" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "evaluation_result_round_rank_idx" ON "evaluation_result" USING btree ("round_id","national_rank");--> statement-breakpoint
CREATE INDEX "evaluation_result_region_idx" ON "evaluation_result" USING btree ("region_code");