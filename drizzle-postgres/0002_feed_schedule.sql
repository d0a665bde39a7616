ALTER TABLE "feeds" ADD COLUMN "every_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "feeds" ADD COLUMN "next_fetch_at" text DEFAULT '' NOT NULL;