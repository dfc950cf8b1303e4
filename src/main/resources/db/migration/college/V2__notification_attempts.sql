-- A notification whose e-mail fails is tried again on later runs, up to a limit, without holding
-- back the others; attempts counts the failures.
ALTER TABLE college_notification ADD COLUMN attempts int NOT NULL DEFAULT 0;
