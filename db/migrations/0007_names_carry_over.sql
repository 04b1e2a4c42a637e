-- Carry the existing English and Urdu names into the new `names` map (the seed rewrites them from
-- content/directory/ at start-up too, but a database restored from backup keeps its names before that).
UPDATE `provinces` SET `names` = json_object('en', `name_en`, 'ur', `name_ur`);--> statement-breakpoint
UPDATE `queues` SET `names` = json_object('en', `name_en`, 'ur', `name_ur`);--> statement-breakpoint
UPDATE `districts` SET `names` = json_object('en', `name_en`, 'ur', `name_ur`);
