-- What the leaders' weekly digest reads from the statistics read model besides the counts.
-- Rows projected before this migration keep NULL / FALSE until their case's next event; a rebuild
-- (POST /api/admin/statistics/rebuild) fills them for every case at once.

-- A disclosure request's running due date (NULL while its clock is paused) and the overdue mark.
ALTER TABLE stat_disclosure_case ADD COLUMN due_on DATE NULL;
ALTER TABLE stat_disclosure_case ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_stat_disclosure_due ON stat_disclosure_case (generation, agency_code, due_on);

-- A complaint's category and area (the week's topics) and the caller's phone number, masked as
-- 137****0000 (repeated callers); never the number itself.
ALTER TABLE stat_complaint_case ADD COLUMN category VARCHAR(30) NULL;
ALTER TABLE stat_complaint_case ADD COLUMN area_code VARCHAR(64) NULL;
ALTER TABLE stat_complaint_case ADD COLUMN masked_phone VARCHAR(40) NULL;

-- Every step of a supervised item (批示件/督办件) from gongkai.supervision, one row per item and case
-- version, so a redelivered event is stored once: counted per agency and day (opened, answered,
-- answered on time, sent back, closed).
CREATE TABLE stat_supervision_step (
  generation        BIGINT      NOT NULL,
  item_id           VARCHAR(64) NOT NULL,
  case_version      BIGINT      NOT NULL,
  event_type        VARCHAR(80) NOT NULL,
  agency_code       VARCHAR(64) NOT NULL,
  unit_code         VARCHAR(64) NULL,
  occurred_on       DATE        NOT NULL,
  answered_on_time  BOOLEAN     NULL,
  CONSTRAINT pk_stat_supervision_step PRIMARY KEY (generation, item_id, case_version)
);
CREATE INDEX ix_stat_supervision_step_day ON stat_supervision_step (generation, agency_code, occurred_on);
