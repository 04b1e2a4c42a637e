CREATE TABLE `report_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`priority` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	`met` integer DEFAULT 0 NOT NULL,
	`acted` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `priority`)
);
--> statement-breakpoint
CREATE TABLE `report_daily_category` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`category` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `category`)
);
--> statement-breakpoint
CREATE TABLE `report_daily_district` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`province_id` text NOT NULL,
	`district_id` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `province_id`, `district_id`)
);
--> statement-breakpoint
DROP INDEX `reports_queue_created_idx`;--> statement-breakpoint
CREATE INDEX `reports_queue_created_cover_idx` ON `reports` (`queue_id`,`created_at`,`priority`,`first_action_at`,`closed_at`,`screened_at`);--> statement-breakpoint
CREATE INDEX `reports_queue_open_created_idx` ON `reports` (`queue_id`,`created_at`,`status`) WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX `reports_unacted_due_idx` ON `reports` (`due_at`,`queue_id`,`created_at`,`priority`) WHERE first_action_at IS NULL;