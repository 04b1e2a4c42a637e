ALTER TABLE `districts` DROP COLUMN `name_en`;--> statement-breakpoint
ALTER TABLE `districts` DROP COLUMN `name_ur`;--> statement-breakpoint
ALTER TABLE `provinces` DROP COLUMN `name_en`;--> statement-breakpoint
ALTER TABLE `provinces` DROP COLUMN `name_ur`;--> statement-breakpoint
ALTER TABLE `queues` DROP COLUMN `name_en`;--> statement-breakpoint
ALTER TABLE `queues` DROP COLUMN `name_ur`;