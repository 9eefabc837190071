-- The read model in generations: a rebuild replays both topics into a new generation while reports
-- keep reading the active one, then switches over in one transaction. The tables are dropped and
-- created again with the generation in every key: the read model holds nothing that the topics do
-- not, and with no stored positions the projector replays the topics from the beginning.
DROP TABLE stat_disclosure_appeal;
DROP TABLE stat_disclosure_case;
DROP TABLE stat_complaint_case;
DROP TABLE stat_projection_offset;

CREATE TABLE stat_generation (
  generation    BIGINT      NOT NULL,
  state         VARCHAR(20) NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  activated_at  DATETIME(6) NULL,
  CONSTRAINT pk_stat_generation PRIMARY KEY (generation)
);
INSERT INTO stat_generation (generation, state, created_at, activated_at)
VALUES (1, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE stat_disclosure_case (
  generation       BIGINT       NOT NULL,
  case_id          VARCHAR(64)  NOT NULL,
  case_version     BIGINT       NOT NULL,
  event_type       VARCHAR(80)  NOT NULL,
  agency_code      VARCHAR(64)  NOT NULL,
  tracking_number  VARCHAR(64)  NOT NULL,
  applicant_type   VARCHAR(40)  NOT NULL,
  received_on      DATE         NOT NULL,
  status           VARCHAR(30)  NOT NULL,
  outcome          VARCHAR(60)  NULL,
  finished_on      DATE         NULL,
  CONSTRAINT pk_stat_disclosure_case PRIMARY KEY (generation, case_id)
);
CREATE INDEX ix_stat_disclosure_received ON stat_disclosure_case (generation, agency_code, received_on);
CREATE INDEX ix_stat_disclosure_finished ON stat_disclosure_case (generation, agency_code, finished_on);

CREATE TABLE stat_disclosure_appeal (
  generation   BIGINT      NOT NULL,
  case_id      VARCHAR(64) NOT NULL,
  appeal_id    VARCHAR(64) NOT NULL,
  agency_code  VARCHAR(64) NOT NULL,
  kind         VARCHAR(40) NOT NULL,
  filed_on     DATE        NOT NULL,
  result       VARCHAR(20) NULL,
  decided_on   DATE        NULL,
  CONSTRAINT pk_stat_disclosure_appeal PRIMARY KEY (generation, case_id, appeal_id)
);
CREATE INDEX ix_stat_appeal_filed ON stat_disclosure_appeal (generation, agency_code, filed_on);

CREATE TABLE stat_complaint_case (
  generation    BIGINT      NOT NULL,
  case_id       VARCHAR(64) NOT NULL,
  case_version  BIGINT      NOT NULL,
  event_type    VARCHAR(80) NOT NULL,
  agency_code   VARCHAR(64) NOT NULL,
  channel       VARCHAR(30) NOT NULL,
  received_on   DATE        NOT NULL,
  status        VARCHAR(30) NOT NULL,
  closed_on     DATE        NULL,
  closure       VARCHAR(40) NULL,
  on_time       BOOLEAN     NULL,
  followed_up   BOOLEAN     NOT NULL,
  rating        VARCHAR(30) NULL,
  merged        BOOLEAN     NOT NULL,
  unit_code     VARCHAR(64) NULL,
  due_on        DATE        NULL,
  overdue       BOOLEAN     NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_stat_complaint_case PRIMARY KEY (generation, case_id)
);
CREATE INDEX ix_stat_complaint_received ON stat_complaint_case (generation, agency_code, received_on);

CREATE TABLE stat_projection_offset (
  generation    BIGINT       NOT NULL,
  topic         VARCHAR(200) NOT NULL,
  partition_no  INT          NOT NULL,
  next_offset   BIGINT       NOT NULL,
  CONSTRAINT pk_stat_projection_offset PRIMARY KEY (generation, topic, partition_no)
);

-- A rebuild's progress, readable from every instance.
CREATE TABLE stat_rebuild (
  job_id          VARCHAR(36)   NOT NULL,
  generation      BIGINT        NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  events_applied  BIGINT        NOT NULL,
  events_total    BIGINT        NOT NULL,
  requested_by    VARCHAR(100)  NOT NULL,
  started_at      DATETIME(6)   NOT NULL,
  heartbeat_at    DATETIME(6)   NOT NULL,
  finished_at     DATETIME(6)   NULL,
  failure         VARCHAR(1000) NULL,
  CONSTRAINT pk_stat_rebuild PRIMARY KEY (job_id)
);

-- A published year's report, frozen: later changes are restatements, not silent edits.
CREATE TABLE stat_year_lock (
  report_year           INT           NOT NULL,
  agency_code           VARCHAR(64)   NOT NULL,
  include_subordinates  BOOLEAN       NOT NULL,
  agencies              VARCHAR(4000) NOT NULL,
  locked_at             DATETIME(6)   NOT NULL,
  locked_by             VARCHAR(100)  NOT NULL,
  note                  VARCHAR(500)  NULL,
  report_json           TEXT          NOT NULL,
  figures_json          TEXT          NOT NULL,
  current_numbers_json  TEXT          NOT NULL,
  CONSTRAINT pk_stat_year_lock PRIMARY KEY (report_year, agency_code, include_subordinates)
);

CREATE TABLE stat_restatement (
  id                    VARCHAR(36)   NOT NULL,
  report_year           INT           NOT NULL,
  agency_code           VARCHAR(64)   NOT NULL,
  include_subordinates  BOOLEAN       NOT NULL,
  recorded_at           DATETIME(6)   NOT NULL,
  cases                 VARCHAR(4000) NOT NULL,
  changes_json          TEXT          NOT NULL,
  CONSTRAINT pk_stat_restatement PRIMARY KEY (id)
);
CREATE INDEX ix_stat_restatement_year ON stat_restatement (agency_code, report_year, recorded_at);
