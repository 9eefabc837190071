-- The supervision ladder (提醒 → 催办 → 督办 → 通报) and the digest's floors, per agency; NULL follows
-- the system default (gongkai.supervision.*).
ALTER TABLE agency ADD COLUMN ladder_reminder_working_days INT NULL;
ALTER TABLE agency ADD COLUMN ladder_supervise_after_working_days INT NULL;
ALTER TABLE agency ADD COLUMN ladder_circulate_after_working_days INT NULL;
ALTER TABLE agency ADD COLUMN floor_on_time_rate DECIMAL(5,2) NULL;
ALTER TABLE agency ADD COLUMN floor_satisfaction_rate DECIMAL(5,2) NULL;

-- The highest rung a case has reached for its current due date (one 催办, 督办, 通报 per due date).
ALTER TABLE disclosure_request ADD COLUMN ladder_step VARCHAR(20) NULL;
ALTER TABLE disclosure_request ADD COLUMN ladder_due_on DATE NULL;
ALTER TABLE complaint ADD COLUMN ladder_step VARCHAR(20) NULL;
ALTER TABLE complaint ADD COLUMN ladder_due_on DATE NULL;

-- Every rung a case reached, as the supervision module saw it: the weekly digest lists the week's.
CREATE TABLE supervision_ladder_step (
  case_kind        VARCHAR(20)  NOT NULL,
  case_id          VARCHAR(64)  NOT NULL,
  due_on           DATE         NOT NULL,
  step             VARCHAR(20)  NOT NULL,
  agency_code      VARCHAR(64)  NOT NULL,
  unit_code        VARCHAR(64)  NULL,
  tracking_number  VARCHAR(64)  NULL,
  reached_on       DATE         NOT NULL,
  overdue_working_days INT      NOT NULL,
  instruction_id   CHAR(36)     NULL,
  CONSTRAINT pk_supervision_ladder_step PRIMARY KEY (case_id, due_on, step)
);
CREATE INDEX ix_supervision_ladder_step_week ON supervision_ladder_step (agency_code, reached_on);
