ALTER TABLE `feeds` ADD `every_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `feeds` ADD `next_fetch_at` text DEFAULT '' NOT NULL;