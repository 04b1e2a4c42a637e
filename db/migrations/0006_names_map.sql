ALTER TABLE `districts` ADD `names` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `provinces` ADD `names` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `queues` ADD `names` text DEFAULT '{}' NOT NULL;