CREATE TABLE `case_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`kind` text NOT NULL,
	`staff_id` integer NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`text_ct` text,
	`approved_at` integer,
	`approved_by` integer
);
--> statement-breakpoint
CREATE INDEX `case_entries_report_idx` ON `case_entries` (`report_id`,`kind`,`at`);--> statement-breakpoint
ALTER TABLE `reports` ADD `channel` text DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `case_stage` text DEFAULT 'intake' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `risk_level` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `assessed_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `planned_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `next_review_by` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `review_alerted_for` text;--> statement-breakpoint
CREATE INDEX `reports_recorded_channel_idx` ON `reports` (`queue_id`,`created_at`,`channel`) WHERE channel <> 'web';--> statement-breakpoint
CREATE INDEX `reports_queue_case_idx` ON `reports` (`queue_id`,`case_stage`,`priority`,`risk_level`,`created_at`,`assessed_at`,`next_review_by`) WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX `reports_queue_planned_idx` ON `reports` (`queue_id`,`created_at`,`planned_at`) WHERE planned_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_review_due_idx` ON `reports` (`next_review_by`) WHERE status <> 'closed' AND next_review_by IS NOT NULL;--> statement-breakpoint
UPDATE `reports` SET `case_stage` = 'closed' WHERE `status` = 'closed';
