CREATE TABLE "governance_body" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "governance_body_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"masterplan_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"decree_number" text,
	"decree_date" date,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "masterplan" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "masterplan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"framework_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"perkada_number" text,
	"perkada_date" date,
	"perkada_file_id" text,
	"previous_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "masterplan_period_check" CHECK ("masterplan"."period_end" >= "masterplan"."period_start")
);
--> statement-breakpoint
CREATE TABLE "masterplan_section" (
	"masterplan_id" integer NOT NULL,
	"key" text NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "masterplan_section_pk" PRIMARY KEY("masterplan_id","key")
);
--> statement-breakpoint
CREATE TABLE "program" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "program_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"masterplan_id" integer NOT NULL,
	"dimension_code" text NOT NULL,
	"element_code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_opd_id" integer,
	"supporting_opd_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"term" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"apbd_code" text,
	"rpjmd_reference" text,
	"innovation" text,
	"priority" integer DEFAULT 2 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_years_check" CHECK ("program"."end_year" >= "program"."start_year"),
	CONSTRAINT "program_priority_check" CHECK ("program"."priority" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "program_action_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "program_action_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"program_id" integer NOT NULL,
	"year" integer NOT NULL,
	"step" text NOT NULL,
	"order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_budget" (
	"program_id" integer NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "program_budget_pk" PRIMARY KEY("program_id","year","source"),
	CONSTRAINT "program_budget_amount_check" CHECK ("program_budget"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quick_win" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quick_win_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"masterplan_id" integer NOT NULL,
	"program_id" integer NOT NULL,
	"year" integer NOT NULL,
	"owner_opd_id" integer,
	"target" text NOT NULL,
	"why_quick" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_body" ADD CONSTRAINT "governance_body_masterplan_id_masterplan_id_fk" FOREIGN KEY ("masterplan_id") REFERENCES "public"."masterplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "masterplan" ADD CONSTRAINT "masterplan_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "masterplan" ADD CONSTRAINT "masterplan_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "masterplan" ADD CONSTRAINT "masterplan_perkada_file_id_stored_file_id_fk" FOREIGN KEY ("perkada_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "masterplan" ADD CONSTRAINT "masterplan_previous_id_masterplan_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."masterplan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "masterplan_section" ADD CONSTRAINT "masterplan_section_masterplan_id_masterplan_id_fk" FOREIGN KEY ("masterplan_id") REFERENCES "public"."masterplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_masterplan_id_masterplan_id_fk" FOREIGN KEY ("masterplan_id") REFERENCES "public"."masterplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_owner_opd_id_opd_id_fk" FOREIGN KEY ("owner_opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_action_step" ADD CONSTRAINT "program_action_step_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_budget" ADD CONSTRAINT "program_budget_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_win" ADD CONSTRAINT "quick_win_masterplan_id_masterplan_id_fk" FOREIGN KEY ("masterplan_id") REFERENCES "public"."masterplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_win" ADD CONSTRAINT "quick_win_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_win" ADD CONSTRAINT "quick_win_owner_opd_id_opd_id_fk" FOREIGN KEY ("owner_opd_id") REFERENCES "public"."opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_body_masterplan_idx" ON "governance_body" USING btree ("masterplan_id");--> statement-breakpoint
CREATE INDEX "masterplan_region_idx" ON "masterplan" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "program_masterplan_idx" ON "program" USING btree ("masterplan_id","dimension_code","element_code");--> statement-breakpoint
CREATE INDEX "program_owner_opd_idx" ON "program" USING btree ("owner_opd_id");--> statement-breakpoint
CREATE INDEX "program_action_step_program_idx" ON "program_action_step" USING btree ("program_id","order");--> statement-breakpoint
CREATE INDEX "quick_win_masterplan_idx" ON "quick_win" USING btree ("masterplan_id");--> statement-breakpoint
CREATE INDEX "quick_win_program_idx" ON "quick_win" USING btree ("program_id");