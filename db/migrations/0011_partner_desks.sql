ALTER TABLE `referrals` ADD `desk_id` text;--> statement-breakpoint
ALTER TABLE `referrals` ADD `due_at` integer;--> statement-breakpoint
CREATE INDEX `referrals_desk_idx` ON `referrals` (`desk_id`,`status`);--> statement-breakpoint
ALTER TABLE `staff_users` ADD `desk_id` text;