-- Keeps the dashboard roll-ups (db/schema.ts: report_daily, report_daily_category, report_daily_district) exact:
-- a report counts in the row of its queue, Pakistan day and priority/category/district; an update of a column a
-- roll-up depends on moves it from the old row to the new one (a row reaching n = 0 is removed). Then fills the
-- roll-ups from the reports already stored. Generated as a custom drizzle-kit migration (triggers are not in the schema).
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
INSERT INTO report_daily (queue_id, day, priority, n, met, acted, closed)
  SELECT reports.queue_id, date(reports.created_at / 1000, 'unixepoch', '+5 hours'), reports.priority, count(*), sum((reports.first_action_at IS NOT NULL AND reports.first_action_at <= reports.due_at)), sum((reports.first_action_at IS NOT NULL)), sum((reports.closed_at IS NOT NULL))
  FROM reports GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER report_daily_category_ai AFTER INSERT ON reports BEGIN
  INSERT INTO report_daily_category (queue_id, day, category, n) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.category, 1)
    ON CONFLICT (queue_id, day, category) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_category_au AFTER UPDATE OF queue_id, created_at, category ON reports
  WHEN old.queue_id IS NOT new.queue_id OR date(old.created_at / 1000, 'unixepoch', '+5 hours') IS NOT date(new.created_at / 1000, 'unixepoch', '+5 hours') OR old.category IS NOT new.category
BEGIN
  UPDATE report_daily_category SET n = n - 1 WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND category = old.category;
  DELETE FROM report_daily_category WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND category = old.category AND n = 0;
  INSERT INTO report_daily_category (queue_id, day, category, n) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.category, 1)
    ON CONFLICT (queue_id, day, category) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_category_ad AFTER DELETE ON reports BEGIN
  UPDATE report_daily_category SET n = n - 1 WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND category = old.category;
  DELETE FROM report_daily_category WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND category = old.category AND n = 0;
END;
--> statement-breakpoint
INSERT INTO report_daily_category (queue_id, day, category, n)
  SELECT reports.queue_id, date(reports.created_at / 1000, 'unixepoch', '+5 hours'), reports.category, count(*)
  FROM reports GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER report_daily_district_ai AFTER INSERT ON reports BEGIN
  INSERT INTO report_daily_district (queue_id, day, province_id, district_id, n) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.province_id, new.district_id, 1)
    ON CONFLICT (queue_id, day, province_id, district_id) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_district_au AFTER UPDATE OF queue_id, created_at, province_id, district_id ON reports
  WHEN old.queue_id IS NOT new.queue_id OR date(old.created_at / 1000, 'unixepoch', '+5 hours') IS NOT date(new.created_at / 1000, 'unixepoch', '+5 hours') OR old.province_id IS NOT new.province_id OR old.district_id IS NOT new.district_id
BEGIN
  UPDATE report_daily_district SET n = n - 1 WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND province_id = old.province_id AND district_id = old.district_id;
  DELETE FROM report_daily_district WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND province_id = old.province_id AND district_id = old.district_id AND n = 0;
  INSERT INTO report_daily_district (queue_id, day, province_id, district_id, n) VALUES (new.queue_id, date(new.created_at / 1000, 'unixepoch', '+5 hours'), new.province_id, new.district_id, 1)
    ON CONFLICT (queue_id, day, province_id, district_id) DO UPDATE SET n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER report_daily_district_ad AFTER DELETE ON reports BEGIN
  UPDATE report_daily_district SET n = n - 1 WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND province_id = old.province_id AND district_id = old.district_id;
  DELETE FROM report_daily_district WHERE queue_id = old.queue_id AND day = date(old.created_at / 1000, 'unixepoch', '+5 hours') AND province_id = old.province_id AND district_id = old.district_id AND n = 0;
END;
--> statement-breakpoint
INSERT INTO report_daily_district (queue_id, day, province_id, district_id, n)
  SELECT reports.queue_id, date(reports.created_at / 1000, 'unixepoch', '+5 hours'), reports.province_id, reports.district_id, count(*)
  FROM reports GROUP BY 1, 2, 3, 4;
