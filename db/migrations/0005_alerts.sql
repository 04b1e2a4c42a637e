CREATE TABLE `alert_on_duty` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`queue_id` text NOT NULL,
	`staff_id` integer NOT NULL,
	`days` text DEFAULT '[0,1,2,3,4,5,6]' NOT NULL,
	`start_minute` integer DEFAULT 0 NOT NULL,
	`end_minute` integer DEFAULT 1440 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `alert_on_duty_queue_idx` ON `alert_on_duty` (`queue_id`);--> statement-breakpoint
CREATE TABLE `alert_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text NOT NULL,
	`alert_id` integer NOT NULL,
	`step` text NOT NULL,
	`channel` text NOT NULL,
	`staff_id` integer,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`alert_id`) REFERENCES `report_alerts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_outbox_dedupe_uq` ON `alert_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alert_outbox_due_idx` ON `alert_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `report_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`kind` text NOT NULL,
	`raised_at` integer NOT NULL,
	`steps_done` integer DEFAULT 0 NOT NULL,
	`acknowledged_at` integer,
	`acknowledged_by` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_alerts_report_kind_uq` ON `report_alerts` (`report_id`,`kind`);--> statement-breakpoint
CREATE INDEX `report_alerts_open_idx` ON `report_alerts` (`acknowledged_at`,`raised_at`);--> statement-breakpoint
ALTER TABLE `staff_users` ADD `alert_email_ct` text;