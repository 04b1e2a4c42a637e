PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_alert_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text NOT NULL,
	`alert_id` integer,
	`queue_id` text NOT NULL,
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
	FOREIGN KEY (`alert_id`) REFERENCES `report_alerts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Every delivery names its queue: an alert's is its report's. A notice about no one report (uncovered on-duty hours) has no alert.
INSERT INTO `__new_alert_outbox`("id", "dedupe_key", "alert_id", "queue_id", "step", "channel", "staff_id", "payload", "status", "attempts", "next_attempt_at", "claimed_until", "last_error", "sent_at", "created_at") SELECT o."id", o."dedupe_key", o."alert_id", (SELECT r."queue_id" FROM `report_alerts` a JOIN `reports` r ON r."id" = a."report_id" WHERE a."id" = o."alert_id"), o."step", o."channel", o."staff_id", o."payload", o."status", o."attempts", o."next_attempt_at", o."claimed_until", o."last_error", o."sent_at", o."created_at" FROM `alert_outbox` o;--> statement-breakpoint
DROP TABLE `alert_outbox`;--> statement-breakpoint
ALTER TABLE `__new_alert_outbox` RENAME TO `alert_outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `alert_outbox_dedupe_uq` ON `alert_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alert_outbox_due_idx` ON `alert_outbox` (`status`,`next_attempt_at`);