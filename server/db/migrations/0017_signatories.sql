ALTER TABLE "cohort" ADD COLUMN "result_letter_signatory_name" text;--> statement-breakpoint
ALTER TABLE "cohort" ADD COLUMN "result_letter_signatory_nip" text;--> statement-breakpoint
ALTER TABLE "mou" ADD COLUMN "ministry_signatory_nip" text;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_head_name" text;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_secretary_name" text;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_secretary_nip" text;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_promulgated_on" date;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_gazette_year" integer;--> statement-breakpoint
ALTER TABLE "masterplan" ADD COLUMN "perkada_gazette_number" text;