CREATE TABLE `report_wait_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`series` text NOT NULL,
	`bucket` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `series`, `bucket`)
);
--> statement-breakpoint
CREATE TABLE `report_wait_monthly` (
	`queue_id` text NOT NULL,
	`month` text NOT NULL,
	`series` text NOT NULL,
	`bucket` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `month`, `series`, `bucket`)
);
--> statement-breakpoint
CREATE TABLE `wait_buckets` (
	`bucket` integer PRIMARY KEY NOT NULL,
	`lo_minute` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wait_buckets_lo_minute_unique` ON `wait_buckets` (`lo_minute`);--> statement-breakpoint
CREATE INDEX `reports_acted_wait_idx` ON `reports` (`queue_id`,(first_action_at - created_at),`created_at`) WHERE first_action_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_closed_wait_idx` ON `reports` (`queue_id`,(closed_at - created_at),`created_at`) WHERE closed_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_screened_wait_idx` ON `reports` (`queue_id`,`priority`,(screened_at - created_at),`created_at`) WHERE screened_at IS NOT NULL;