CREATE TABLE "evaluation_scheme" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_scheme_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"version" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"framework_id" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_scheme_code_version_key" UNIQUE("code","version")
);
--> statement-breakpoint
ALTER TABLE "readiness_instrument" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "readiness_instrument" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "readiness_instrument" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "framework" ADD COLUMN "governance_bodies" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_scheme" ADD CONSTRAINT "evaluation_scheme_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The bodies each shipped framework names (the same as domain/framework/kominfo-2017.ts and rpm-2026.ts).
UPDATE "framework" SET "governance_bodies" = '[{"kind":"dewan","nameId":"Dewan Smart City","nameEn":"Smart City Council","required":true},{"kind":"tim_pelaksana","nameId":"Tim Pelaksana Smart City","nameEn":"Smart City Implementation Team","required":false},{"kind":"forum","nameId":"Forum Smart City","nameEn":"Smart City Forum","required":false}]'::jsonb WHERE "code" = 'kominfo-2017' AND "governance_bodies" = '[]'::jsonb;--> statement-breakpoint
UPDATE "framework" SET "governance_bodies" = '[{"kind":"satgas","nameId":"Satuan Tugas Kota Cerdas","nameEn":"Smart City Task Force","required":true},{"kind":"tim_pelaksana","nameId":"Tim Pelaksana Kota Cerdas","nameEn":"Smart City Implementation Team","required":true},{"kind":"forum","nameId":"Forum Kota Cerdas","nameEn":"Smart City Forum","required":true}]'::jsonb WHERE "code" = 'rpm-kota-cerdas-2026' AND "governance_bodies" = '[]'::jsonb;
