CREATE TABLE `feed_items` (
	`feed_id` integer NOT NULL,
	`key` text NOT NULL,
	`article_id` text,
	`error` text,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`feed_id`, `key`),
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`added_at` text NOT NULL,
	`last_fetched_at` text,
	`last_error` text,
	`etag` text,
	`last_modified` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
ALTER TABLE `articles` ADD `agency` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `byline` text;