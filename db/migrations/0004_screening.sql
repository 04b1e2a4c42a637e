ALTER TABLE `reports` ADD `screened_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `screened_by` integer;--> statement-breakpoint
CREATE INDEX `reports_queue_unscreened_idx` ON `reports` (`queue_id`,`created_at`) WHERE screened_at IS NULL AND status <> 'closed';