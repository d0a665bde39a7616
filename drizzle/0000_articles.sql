CREATE TABLE `analyses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`engine_version` text NOT NULL,
	`annotated` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `analyses_article` ON `analyses` (`article_id`,`engine_version`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`url` text,
	`published` text,
	`created_at` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`day` text GENERATED ALWAYS AS (coalesce(published, substr(created_at, 1, 10))) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `articles_created` ON `articles` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_day` ON `articles` (`day`);--> statement-breakpoint
CREATE TABLE `edits` (
	`uid` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`version` integer NOT NULL,
	`at` text NOT NULL,
	`client` text NOT NULL,
	`edit` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `edits_article_version` ON `edits` (`article_id`,`version`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unit_concerns` (
	`article_id` text NOT NULL,
	`unit` text NOT NULL,
	`day` text NOT NULL,
	`claims` integer NOT NULL,
	`figures` integer NOT NULL,
	PRIMARY KEY(`article_id`, `unit`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `unit_concerns_unit` ON `unit_concerns` (`unit`,`day`,`claims`,`figures`);