ALTER TABLE `reports` ADD `text_fingerprint` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `possible_duplicates` text DEFAULT '[]' NOT NULL;