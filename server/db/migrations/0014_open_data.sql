CREATE TABLE "dataset" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"region_code" text,
	"status" text DEFAULT 'published' NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"withdrawn_at" timestamp with time zone,
	"data_modified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stats_for" timestamp with time zone,
	"row_count" integer,
	"csv_bytes" bigint,
	"json_bytes" bigint,
	"xlsx_bytes" bigint,
	"temporal_start" integer,
	"temporal_end" integer,
	"dimensions" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dataset_kind_region_key" UNIQUE NULLS NOT DISTINCT("kind","region_code"),
	CONSTRAINT "dataset_status_check" CHECK ("dataset"."status" in ('published', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dataset_published_modified_idx" ON "dataset" USING btree ("status","data_modified_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "dataset_region_idx" ON "dataset" USING btree ("region_code");