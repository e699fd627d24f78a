CREATE TABLE "deliverable_template" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliverable_template_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stage_template_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"required" boolean NOT NULL,
	"order" integer NOT NULL,
	CONSTRAINT "deliverable_template_stage_code_key" UNIQUE("stage_template_id","code")
);
--> statement-breakpoint
CREATE TABLE "dimension" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dimension_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text NOT NULL,
	"description_en" text NOT NULL,
	"order" integer NOT NULL,
	CONSTRAINT "dimension_framework_code_key" UNIQUE("framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "element" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "element_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dimension_id" integer NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"tag" text NOT NULL,
	"order" integer NOT NULL,
	CONSTRAINT "element_dimension_code_key" UNIQUE("dimension_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "framework_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"description_id" text NOT NULL,
	"description_en" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "framework_code_version_key" UNIQUE("code","version")
);
--> statement-breakpoint
CREATE TABLE "stage_template" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stage_template_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"framework_id" integer NOT NULL,
	"number" integer NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"focus_id" text NOT NULL,
	"focus_en" text NOT NULL,
	CONSTRAINT "stage_template_framework_number_key" UNIQUE("framework_id","number")
);
--> statement-breakpoint
CREATE TABLE "reference_data" (
	"key" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"bare_name" text NOT NULL,
	"type" text NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "region_type_check" CHECK ("region"."type" in ('provinsi', 'kabupaten', 'kota'))
);
--> statement-breakpoint
ALTER TABLE "deliverable_template" ADD CONSTRAINT "deliverable_template_stage_template_id_stage_template_id_fk" FOREIGN KEY ("stage_template_id") REFERENCES "public"."stage_template"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dimension" ADD CONSTRAINT "dimension_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "element" ADD CONSTRAINT "element_dimension_id_dimension_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."dimension"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_template" ADD CONSTRAINT "stage_template_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_province_code_idx" ON "region" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "region_bare_name_idx" ON "region" USING btree ("bare_name");