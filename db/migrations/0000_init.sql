CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer,
	`username` text,
	`action` text NOT NULL,
	`target` text,
	`queue_id` text,
	`detail` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_queue_idx` ON `audit_log` (`queue_id`,`at`);--> statement-breakpoint
CREATE TABLE `districts` (
	`province_id` text NOT NULL,
	`id` text NOT NULL,
	`name_en` text NOT NULL,
	`name_ur` text NOT NULL,
	`queue_id` text NOT NULL,
	PRIMARY KEY(`province_id`, `id`),
	FOREIGN KEY (`province_id`) REFERENCES `provinces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`sender` text NOT NULL,
	`staff_id` integer,
	`queue_id` text,
	`body_ct` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_report_idx` ON `messages` (`report_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_ur` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `queues` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`name_ur` text NOT NULL,
	`province_id` text,
	`district_id` text,
	`evidence` text DEFAULT 'confirmed' NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`service` text NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`note_ct` text,
	`staff_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_report_idx` ON `referrals` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`staff_id` integer,
	`type` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_events_report_idx` ON `report_events` (`report_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`receipt_index` text NOT NULL,
	`receipt_hash` text NOT NULL,
	`locale` text NOT NULL,
	`reporter` text NOT NULL,
	`category` text NOT NULL,
	`suggested_category` text,
	`immediate_danger` integer NOT NULL,
	`age_band` text NOT NULL,
	`gender` text DEFAULT 'unknown' NOT NULL,
	`province_id` text NOT NULL,
	`district_id` text NOT NULL,
	`details_ct` text,
	`description_ct` text,
	`contact_ct` text,
	`priority` text NOT NULL,
	`due_at` integer NOT NULL,
	`triage_reasons` text DEFAULT '[]' NOT NULL,
	`queue_id` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`reporter_status` text DEFAULT 'received' NOT NULL,
	`assigned_to` integer,
	`verified` integer NOT NULL,
	`duplicate_of` text,
	`close_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`first_action_at` integer,
	`closed_at` integer,
	`erased_at` integer,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_reference_uq` ON `reports` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_receipt_index_uq` ON `reports` (`receipt_index`);--> statement-breakpoint
CREATE INDEX `reports_queue_open_idx` ON `reports` (`queue_id`,`status`,`priority`,`due_at`);--> statement-breakpoint
CREATE INDEX `reports_created_idx` ON `reports` (`created_at`);--> statement-breakpoint
CREATE INDEX `reports_district_category_idx` ON `reports` (`district_id`,`category`,`created_at`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_staff_idx` ON `staff_sessions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`queue_id` text,
	`province_id` text,
	`totp_secret_ct` text,
	`totp_enabled` integer DEFAULT false NOT NULL,
	`recovery_codes` text DEFAULT '[]' NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`lock_count` integer DEFAULT 0 NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_username_uq` ON `staff_users` (`username`);