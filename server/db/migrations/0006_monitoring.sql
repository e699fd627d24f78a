CREATE TABLE "indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"concept" text DEFAULT '' NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"classification" text DEFAULT '' NOT NULL,
	"measure" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"frequency" text DEFAULT 'annual' NOT NULL,
	"producer_opd_id" integer,
	"source" text DEFAULT '' NOT NULL,
	"reference_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"framework_id" integer NOT NULL,
	"dimension_code" text,
	"element_code" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_region_code_key" UNIQUE NULLS NOT DISTINCT("region_code","code")
);
--> statement-breakpoint
CREATE TABLE "indicator_target" (
	"program_indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "indicator_target_pk" PRIMARY KEY("program_indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "monitoring_evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"file_id" text NOT NULL,
	"observation_id" bigint,
	"program_progress_id" integer,
	"quick_win_progress_id" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_evidence_subject_check" CHECK (num_nonnulls("monitoring_evidence"."observation_id", "monitoring_evidence"."program_progress_id", "monitoring_evidence"."quick_win_progress_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "observation" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"program_indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"semester" integer,
	"value" numeric NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'entered' NOT NULL,
	"review_note" text,
	"entered_by" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_period_key" UNIQUE NULLS NOT DISTINCT("program_indicator_id","year","semester"),
	CONSTRAINT "observation_semester_check" CHECK ("observation"."semester" is null or "observation"."semester" in (1, 2))
);
--> statement-breakpoint
CREATE TABLE "program_indicator" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "program_indicator_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"program_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"baseline_value" numeric,
	"baseline_year" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_indicator_program_indicator_key" UNIQUE("program_id","indicator_id"),
	CONSTRAINT "program_indicator_baseline_check" CHECK (("program_indicator"."baseline_value" is null) = ("program_indicator"."baseline_year" is null))
);
--> statement-breakpoint
CREATE TABLE "program_progress" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "program_progress_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"program_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"physical_progress" numeric(5, 2),
	"budget_allocated" bigint,
	"budget_realised" bigint,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_progress_program_year_key" UNIQUE("program_id","year"),
	CONSTRAINT "program_progress_physical_check" CHECK ("program_progress"."physical_progress" between 0 and 100),
	CONSTRAINT "program_progress_budget_check" CHECK ("program_progress"."budget_allocated" >= 0 and "program_progress"."budget_realised" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quick_win_progress" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quick_win_progress_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"quick_win_id" integer NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"physical_progress" numeric(5, 2),
	"budget_allocated" bigint,
	"budget_realised" bigint,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quick_win_progress_quick_win_year_key" UNIQUE("quick_win_id","year"),
	CONSTRAINT "quick_win_progress_physical_check" CHECK ("quick_win_progress"."physical_progress" between 0 and 100),
	CONSTRAINT "quick_win_progress_budget_check" CHECK ("quick_win_progress"."budget_allocated" >= 0 and "quick_win_progress"."budget_realised" >= 0)
);
--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "code" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Existing programs get P-01, P-02, … per plan in the order they were added.
UPDATE "program" AS p SET "code" = 'P-' || lpad(r.n::text, greatest(2, length(r.n::text)), '0')
  FROM (SELECT "id", row_number() OVER (PARTITION BY "masterplan_id" ORDER BY "id") AS n FROM "program") AS r
  WHERE r."id" = p."id";--> statement-breakpoint
-- An insert that leaves the code empty gets the plan's next P-NN. The advisory lock makes two
-- concurrent inserts into one plan take turns; rows earlier in the same statement are visible.
CREATE FUNCTION program_assign_code() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NEW.code IS NULL OR NEW.code = '' THEN
    PERFORM pg_advisory_xact_lock(hashtext('program_code'), NEW.masterplan_id);
    SELECT coalesce(max(substring(code FROM '^P-([0-9]{1,9})$')::integer), 0) + 1 INTO n
      FROM program WHERE masterplan_id = NEW.masterplan_id;
    NEW.code := 'P-' || lpad(n::text, greatest(2, length(n::text)), '0');
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER program_code_assign BEFORE INSERT ON "program"
  FOR EACH ROW EXECUTE FUNCTION program_assign_code();--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_producer_opd_id_opd_id_fk" FOREIGN KEY ("producer_opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_program_indicator_id_program_indicator_id_fk" FOREIGN KEY ("program_indicator_id") REFERENCES "public"."program_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_observation_id_observation_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_program_progress_id_program_progress_id_fk" FOREIGN KEY ("program_progress_id") REFERENCES "public"."program_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_quick_win_progress_id_quick_win_progress_id_fk" FOREIGN KEY ("quick_win_progress_id") REFERENCES "public"."quick_win_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_program_indicator_id_program_indicator_id_fk" FOREIGN KEY ("program_indicator_id") REFERENCES "public"."program_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_entered_by_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_indicator" ADD CONSTRAINT "program_indicator_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_indicator" ADD CONSTRAINT "program_indicator_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_progress" ADD CONSTRAINT "program_progress_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_progress" ADD CONSTRAINT "program_progress_entered_by_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_win_progress" ADD CONSTRAINT "quick_win_progress_quick_win_id_quick_win_id_fk" FOREIGN KEY ("quick_win_id") REFERENCES "public"."quick_win"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_win_progress" ADD CONSTRAINT "quick_win_progress_entered_by_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_dimension_idx" ON "indicator" USING btree ("dimension_code","element_code");--> statement-breakpoint
CREATE INDEX "monitoring_evidence_observation_idx" ON "monitoring_evidence" USING btree ("observation_id");--> statement-breakpoint
CREATE INDEX "monitoring_evidence_program_progress_idx" ON "monitoring_evidence" USING btree ("program_progress_id");--> statement-breakpoint
CREATE INDEX "monitoring_evidence_quick_win_progress_idx" ON "monitoring_evidence" USING btree ("quick_win_progress_id");--> statement-breakpoint
CREATE INDEX "program_indicator_indicator_idx" ON "program_indicator" USING btree ("indicator_id");--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_masterplan_code_key" UNIQUE("masterplan_id","code");--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_code_check" CHECK (char_length("program"."code") between 1 and 20);