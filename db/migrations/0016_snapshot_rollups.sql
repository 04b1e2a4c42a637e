CREATE TABLE `referral_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`service` text NOT NULL,
	`status` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `service`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `referral_monthly` (
	`queue_id` text NOT NULL,
	`month` text NOT NULL,
	`service` text NOT NULL,
	`status` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `month`, `service`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `report_monthly_category` (
	`queue_id` text NOT NULL,
	`month` text NOT NULL,
	`category` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `month`, `category`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `report_monthly_district` (
	`queue_id` text NOT NULL,
	`month` text NOT NULL,
	`province_id` text NOT NULL,
	`district_id` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `month`, `province_id`, `district_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `report_open_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
-- From here on written by db/snapshot-rollups.ts (snapshotRollupSql); snapshot-rollups.test.ts checks that the two agree.
CREATE TRIGGER report_open_daily_ai AFTER INSERT ON reports WHEN new.status <> 'closed' BEGIN
  INSERT INTO report_open_daily (queue_id, day, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1 WHERE new.status <> 'closed'
    ON CONFLICT (queue_id, day) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_open_daily_au AFTER UPDATE OF status, queue_id, created_at ON reports
  WHEN (old.status <> 'closed') IS NOT (new.status <> 'closed') OR (new.status <> 'closed' AND (old.queue_id IS NOT new.queue_id OR date(old.created_at / 1000, 'unixepoch', '+5 hours') IS NOT date(new.created_at / 1000, 'unixepoch', '+5 hours')))
BEGIN
  UPDATE report_open_daily SET n = n - 1 WHERE old.status <> 'closed' AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours');
  DELETE FROM report_open_daily WHERE n = 0 AND old.status <> 'closed' AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours');
  INSERT INTO report_open_daily (queue_id, day, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1 WHERE new.status <> 'closed'
    ON CONFLICT (queue_id, day) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_open_daily_ad AFTER DELETE ON reports WHEN old.status <> 'closed' BEGIN
  UPDATE report_open_daily SET n = n - 1 WHERE old.status <> 'closed' AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours');
  DELETE FROM report_open_daily WHERE n = 0 AND old.status <> 'closed' AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours');
END;
--> statement-breakpoint
INSERT INTO report_open_daily (queue_id, day, n)
  SELECT reports.queue_id, date(reports.created_at / 1000, 'unixepoch', '+5 hours'), count(*) FROM reports WHERE reports.status <> 'closed' GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER referral_daily_ai AFTER INSERT ON referrals BEGIN
  INSERT INTO referral_daily (queue_id, day, service, status, n) SELECT reports.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.service, new.status, 1 FROM reports WHERE reports.id = new.report_id
    ON CONFLICT (queue_id, day, service, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER referral_daily_au AFTER UPDATE OF report_id, service, status, created_at ON referrals
  WHEN old.report_id IS NOT new.report_id OR old.service IS NOT new.service OR old.status IS NOT new.status OR date(old.created_at / 1000, 'unixepoch', '+5 hours') IS NOT date(new.created_at / 1000, 'unixepoch', '+5 hours')
BEGIN
  UPDATE referral_daily SET n = n - 1 WHERE queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND service = old.service AND status = old.status;
  DELETE FROM referral_daily WHERE n = 0 AND queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND service = old.service AND status = old.status;
  INSERT INTO referral_daily (queue_id, day, service, status, n) SELECT reports.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.service, new.status, 1 FROM reports WHERE reports.id = new.report_id
    ON CONFLICT (queue_id, day, service, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER referral_daily_ad AFTER DELETE ON referrals BEGIN
  UPDATE referral_daily SET n = n - 1 WHERE queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND service = old.service AND status = old.status;
  DELETE FROM referral_daily WHERE n = 0 AND queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND service = old.service AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER referral_daily_report_au AFTER UPDATE OF queue_id ON reports WHEN old.queue_id IS NOT new.queue_id BEGIN
  UPDATE referral_daily SET n = n - (SELECT count(*) FROM referrals x WHERE x.report_id = old.id AND date(x.created_at / 1000, 'unixepoch', '+5 hours') = referral_daily.day AND x.service = referral_daily.service AND x.status = referral_daily.status) WHERE queue_id = old.queue_id AND (day, service, status) IN (SELECT date(x.created_at / 1000, 'unixepoch', '+5 hours'), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  DELETE FROM referral_daily WHERE n = 0 AND queue_id = old.queue_id AND (day, service, status) IN (SELECT date(x.created_at / 1000, 'unixepoch', '+5 hours'), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  INSERT INTO referral_daily (queue_id, day, service, status, n) SELECT new.queue_id, date(x.created_at / 1000, 'unixepoch', '+5 hours'), x.service, x.status, count(*) FROM referrals x WHERE x.report_id = new.id GROUP BY 2, 3, 4
    ON CONFLICT (queue_id, day, service, status) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER referral_daily_report_ad AFTER DELETE ON reports BEGIN
  UPDATE referral_daily SET n = n - (SELECT count(*) FROM referrals x WHERE x.report_id = old.id AND date(x.created_at / 1000, 'unixepoch', '+5 hours') = referral_daily.day AND x.service = referral_daily.service AND x.status = referral_daily.status) WHERE queue_id = old.queue_id AND (day, service, status) IN (SELECT date(x.created_at / 1000, 'unixepoch', '+5 hours'), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  DELETE FROM referral_daily WHERE n = 0 AND queue_id = old.queue_id AND (day, service, status) IN (SELECT date(x.created_at / 1000, 'unixepoch', '+5 hours'), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
END;
--> statement-breakpoint
INSERT INTO referral_daily (queue_id, day, service, status, n)
  SELECT reports.queue_id, date(referrals.created_at / 1000, 'unixepoch', '+5 hours'), referrals.service, referrals.status, count(*) FROM referrals JOIN reports ON reports.id = referrals.report_id GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER referral_monthly_ai AFTER INSERT ON referrals BEGIN
  INSERT INTO referral_monthly (queue_id, month, service, status, n) SELECT reports.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.service, new.status, 1 FROM reports WHERE reports.id = new.report_id
    ON CONFLICT (queue_id, month, service, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER referral_monthly_au AFTER UPDATE OF report_id, service, status, created_at ON referrals
  WHEN old.report_id IS NOT new.report_id OR old.service IS NOT new.service OR old.status IS NOT new.status OR substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) IS NOT substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7)
BEGIN
  UPDATE referral_monthly SET n = n - 1 WHERE queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND service = old.service AND status = old.status;
  DELETE FROM referral_monthly WHERE n = 0 AND queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND service = old.service AND status = old.status;
  INSERT INTO referral_monthly (queue_id, month, service, status, n) SELECT reports.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.service, new.status, 1 FROM reports WHERE reports.id = new.report_id
    ON CONFLICT (queue_id, month, service, status) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER referral_monthly_ad AFTER DELETE ON referrals BEGIN
  UPDATE referral_monthly SET n = n - 1 WHERE queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND service = old.service AND status = old.status;
  DELETE FROM referral_monthly WHERE n = 0 AND queue_id = (SELECT reports.queue_id FROM reports WHERE reports.id = old.report_id) AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND service = old.service AND status = old.status;
END;
--> statement-breakpoint
CREATE TRIGGER referral_monthly_report_au AFTER UPDATE OF queue_id ON reports WHEN old.queue_id IS NOT new.queue_id BEGIN
  UPDATE referral_monthly SET n = n - (SELECT count(*) FROM referrals x WHERE x.report_id = old.id AND substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) = referral_monthly.month AND x.service = referral_monthly.service AND x.status = referral_monthly.status) WHERE queue_id = old.queue_id AND (month, service, status) IN (SELECT substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  DELETE FROM referral_monthly WHERE n = 0 AND queue_id = old.queue_id AND (month, service, status) IN (SELECT substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  INSERT INTO referral_monthly (queue_id, month, service, status, n) SELECT new.queue_id, substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), x.service, x.status, count(*) FROM referrals x WHERE x.report_id = new.id GROUP BY 2, 3, 4
    ON CONFLICT (queue_id, month, service, status) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER referral_monthly_report_ad AFTER DELETE ON reports BEGIN
  UPDATE referral_monthly SET n = n - (SELECT count(*) FROM referrals x WHERE x.report_id = old.id AND substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) = referral_monthly.month AND x.service = referral_monthly.service AND x.status = referral_monthly.status) WHERE queue_id = old.queue_id AND (month, service, status) IN (SELECT substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
  DELETE FROM referral_monthly WHERE n = 0 AND queue_id = old.queue_id AND (month, service, status) IN (SELECT substr(date(x.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), x.service, x.status FROM referrals x WHERE x.report_id = old.id);
END;
--> statement-breakpoint
INSERT INTO referral_monthly (queue_id, month, service, status, n)
  SELECT queue_id, substr(day, 1, 7), service, status, sum(n) FROM referral_daily GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER report_monthly_category_ai AFTER INSERT ON reports BEGIN
  INSERT INTO report_monthly_category (queue_id, month, category, n) VALUES (new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.category, 1)
    ON CONFLICT (queue_id, month, category) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_monthly_category_au AFTER UPDATE OF queue_id, created_at, category ON reports
  WHEN old.queue_id IS NOT new.queue_id OR substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) IS NOT substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) OR old.category IS NOT new.category
BEGIN
  UPDATE report_monthly_category SET n = n - 1 WHERE queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND category = old.category;
  DELETE FROM report_monthly_category WHERE n = 0 AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND category = old.category;
  INSERT INTO report_monthly_category (queue_id, month, category, n) VALUES (new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.category, 1)
    ON CONFLICT (queue_id, month, category) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_monthly_category_ad AFTER DELETE ON reports BEGIN
  UPDATE report_monthly_category SET n = n - 1 WHERE queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND category = old.category;
  DELETE FROM report_monthly_category WHERE n = 0 AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND category = old.category;
END;
--> statement-breakpoint
INSERT INTO report_monthly_category (queue_id, month, category, n)
  SELECT queue_id, substr(day, 1, 7), category, sum(n) FROM report_daily_category GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER report_monthly_district_ai AFTER INSERT ON reports BEGIN
  INSERT INTO report_monthly_district (queue_id, month, province_id, district_id, n) VALUES (new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.province_id, new.district_id, 1)
    ON CONFLICT (queue_id, month, province_id, district_id) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_monthly_district_au AFTER UPDATE OF queue_id, created_at, province_id, district_id ON reports
  WHEN old.queue_id IS NOT new.queue_id OR substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) IS NOT substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) OR old.province_id IS NOT new.province_id OR old.district_id IS NOT new.district_id
BEGIN
  UPDATE report_monthly_district SET n = n - 1 WHERE queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND province_id = old.province_id AND district_id = old.district_id;
  DELETE FROM report_monthly_district WHERE n = 0 AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND province_id = old.province_id AND district_id = old.district_id;
  INSERT INTO report_monthly_district (queue_id, month, province_id, district_id, n) VALUES (new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), new.province_id, new.district_id, 1)
    ON CONFLICT (queue_id, month, province_id, district_id) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_monthly_district_ad AFTER DELETE ON reports BEGIN
  UPDATE report_monthly_district SET n = n - 1 WHERE queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND province_id = old.province_id AND district_id = old.district_id;
  DELETE FROM report_monthly_district WHERE n = 0 AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND province_id = old.province_id AND district_id = old.district_id;
END;
--> statement-breakpoint
INSERT INTO report_monthly_district (queue_id, month, province_id, district_id, n)
  SELECT queue_id, substr(day, 1, 7), province_id, district_id, sum(n) FROM report_daily_district GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
DROP TRIGGER report_daily_ai;
--> statement-breakpoint
DROP TRIGGER report_daily_au;
--> statement-breakpoint
DROP TRIGGER report_daily_ad;
--> statement-breakpoint
DROP TRIGGER report_wait_acted_ai;
--> statement-breakpoint
DROP TRIGGER report_wait_acted_au;
--> statement-breakpoint
DROP TRIGGER report_wait_acted_ad;
--> statement-breakpoint
DROP TRIGGER report_wait_closed_ai;
--> statement-breakpoint
DROP TRIGGER report_wait_closed_au;
--> statement-breakpoint
DROP TRIGGER report_wait_closed_ad;
--> statement-breakpoint
DROP TRIGGER report_wait_screened_ai;
--> statement-breakpoint
DROP TRIGGER report_wait_screened_au;
--> statement-breakpoint
DROP TRIGGER report_wait_screened_ad;
--> statement-breakpoint
CREATE TABLE `__new_report_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`priority` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	`met` integer DEFAULT 0 NOT NULL,
	`acted` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `priority`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_report_daily` (queue_id, day, priority, n, met, acted, closed) SELECT queue_id, day, priority, n, met, acted, closed FROM `report_daily`;
--> statement-breakpoint
DROP TABLE `report_daily`;
--> statement-breakpoint
ALTER TABLE `__new_report_daily` RENAME TO `report_daily`;
--> statement-breakpoint
CREATE TABLE `__new_report_wait_daily` (
	`queue_id` text NOT NULL,
	`day` text NOT NULL,
	`series` text NOT NULL,
	`bucket` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `day`, `series`, `bucket`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_report_wait_daily` (queue_id, day, series, bucket, n) SELECT queue_id, day, series, bucket, n FROM `report_wait_daily`;
--> statement-breakpoint
DROP TABLE `report_wait_daily`;
--> statement-breakpoint
ALTER TABLE `__new_report_wait_daily` RENAME TO `report_wait_daily`;
--> statement-breakpoint
CREATE TABLE `__new_report_wait_monthly` (
	`queue_id` text NOT NULL,
	`month` text NOT NULL,
	`series` text NOT NULL,
	`bucket` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`queue_id`, `month`, `series`, `bucket`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_report_wait_monthly` (queue_id, month, series, bucket, n) SELECT queue_id, month, series, bucket, n FROM `report_wait_monthly`;
--> statement-breakpoint
DROP TABLE `report_wait_monthly`;
--> statement-breakpoint
ALTER TABLE `__new_report_wait_monthly` RENAME TO `report_wait_monthly`;
--> statement-breakpoint
CREATE TRIGGER report_daily_ai AFTER INSERT ON reports BEGIN
  INSERT INTO report_daily (queue_id, day, priority, n, met, acted, closed) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.priority, 1, (new.first_action_at IS NOT NULL AND new.first_action_at <= new.due_at), (new.first_action_at IS NOT NULL), (new.closed_at IS NOT NULL))
    ON CONFLICT (queue_id, day, priority) DO UPDATE SET n = n + excluded.n, met = met + excluded.met, acted = acted + excluded.acted, closed = closed + excluded.closed;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_au AFTER UPDATE OF queue_id, created_at, priority, first_action_at, due_at, closed_at ON reports
  WHEN old.queue_id IS NOT new.queue_id OR date(old.created_at / 1000, 'unixepoch', '+5 hours') IS NOT date(new.created_at / 1000, 'unixepoch', '+5 hours') OR old.priority IS NOT new.priority OR (old.first_action_at IS NOT NULL AND old.first_action_at <= old.due_at) IS NOT (new.first_action_at IS NOT NULL AND new.first_action_at <= new.due_at) OR (old.first_action_at IS NOT NULL) IS NOT (new.first_action_at IS NOT NULL) OR (old.closed_at IS NOT NULL) IS NOT (new.closed_at IS NOT NULL)
BEGIN
  UPDATE report_daily SET n = n - 1, met = met - (old.first_action_at IS NOT NULL AND old.first_action_at <= old.due_at), acted = acted - (old.first_action_at IS NOT NULL), closed = closed - (old.closed_at IS NOT NULL) WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND priority = old.priority;
  DELETE FROM report_daily WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND priority = old.priority AND n = 0;
  INSERT INTO report_daily (queue_id, day, priority, n, met, acted, closed) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.priority, 1, (new.first_action_at IS NOT NULL AND new.first_action_at <= new.due_at), (new.first_action_at IS NOT NULL), (new.closed_at IS NOT NULL))
    ON CONFLICT (queue_id, day, priority) DO UPDATE SET n = n + excluded.n, met = met + excluded.met, acted = acted + excluded.acted, closed = closed + excluded.closed;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_ad AFTER DELETE ON reports BEGIN
  UPDATE report_daily SET n = n - 1, met = met - (old.first_action_at IS NOT NULL AND old.first_action_at <= old.due_at), acted = acted - (old.first_action_at IS NOT NULL), closed = closed - (old.closed_at IS NOT NULL) WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND priority = old.priority;
  DELETE FROM report_daily WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND priority = old.priority AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_acted_ai AFTER INSERT ON reports WHEN new.first_action_at IS NOT NULL BEGIN
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'acted', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.first_action_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.first_action_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'acted', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.first_action_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.first_action_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_acted_au AFTER UPDATE OF queue_id, created_at, first_action_at ON reports
  WHEN old.queue_id IS NOT new.queue_id OR old.created_at IS NOT new.created_at OR old.first_action_at IS NOT new.first_action_at
BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'acted', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.first_action_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.first_action_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'acted', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.first_action_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.first_action_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_acted_ad AFTER DELETE ON reports WHEN old.first_action_at IS NOT NULL BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.first_action_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'acted' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.first_action_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_closed_ai AFTER INSERT ON reports WHEN new.closed_at IS NOT NULL BEGIN
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'closed', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.closed_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.closed_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'closed', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.closed_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.closed_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_closed_au AFTER UPDATE OF queue_id, created_at, closed_at ON reports
  WHEN old.queue_id IS NOT new.queue_id OR old.created_at IS NOT new.created_at OR old.closed_at IS NOT new.closed_at
BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.closed_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.closed_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.closed_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.closed_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'closed', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.closed_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.closed_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'closed', (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.closed_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.closed_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_closed_ad AFTER DELETE ON reports WHEN old.closed_at IS NOT NULL BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.closed_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.closed_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.closed_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.closed_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'closed' AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.closed_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_screened_ai AFTER INSERT ON reports WHEN new.screened_at IS NOT NULL BEGIN
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'screened:' || new.priority, (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.screened_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.screened_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'screened:' || new.priority, (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.screened_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.screened_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_screened_au AFTER UPDATE OF queue_id, created_at, screened_at, priority ON reports
  WHEN old.queue_id IS NOT new.queue_id OR old.created_at IS NOT new.created_at OR old.screened_at IS NOT new.screened_at OR old.priority IS NOT new.priority
BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.screened_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.screened_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.screened_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.screened_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  INSERT INTO report_wait_daily (queue_id, day, series, bucket, n) SELECT new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), 'screened:' || new.priority, (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.screened_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.screened_at IS NOT NULL
    ON CONFLICT (queue_id, day, series, bucket) DO UPDATE SET n = n + 1;
  INSERT INTO report_wait_monthly (queue_id, month, series, bucket, n) SELECT new.queue_id, substr(date(new.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7), 'screened:' || new.priority, (SELECT bucket FROM wait_buckets WHERE lo_minute <= (new.screened_at - new.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1), 1 WHERE new.screened_at IS NOT NULL
    ON CONFLICT (queue_id, month, series, bucket) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER report_wait_screened_ad AFTER DELETE ON reports WHEN old.screened_at IS NOT NULL BEGIN
  UPDATE report_wait_daily SET n = n - 1 WHERE old.screened_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_daily WHERE n = 0 AND old.screened_at IS NOT NULL AND queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  UPDATE report_wait_monthly SET n = n - 1 WHERE old.screened_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
  DELETE FROM report_wait_monthly WHERE n = 0 AND old.screened_at IS NOT NULL AND queue_id = old.queue_id AND month = substr(date(old.created_at / 1000, 'unixepoch', '+5 hours'), 1, 7) AND series = 'screened:' || old.priority AND bucket = (SELECT bucket FROM wait_buckets WHERE lo_minute <= (old.screened_at - old.created_at) / 60000 ORDER BY lo_minute DESC LIMIT 1);
END;
