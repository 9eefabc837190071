-- statistics read model: per-case facts at the highest case version seen, fed only by the case
-- topics (never by the operational tables), and the projector's position on each partition
CREATE TABLE stat_disclosure_case (
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
  CONSTRAINT pk_stat_disclosure_case PRIMARY KEY (case_id)
);
CREATE INDEX ix_stat_disclosure_received ON stat_disclosure_case (agency_code, received_on);
CREATE INDEX ix_stat_disclosure_finished ON stat_disclosure_case (agency_code, finished_on);

CREATE TABLE stat_disclosure_appeal (
  case_id      VARCHAR(64) NOT NULL,
  appeal_id    VARCHAR(64) NOT NULL,
  agency_code  VARCHAR(64) NOT NULL,
  kind         VARCHAR(40) NOT NULL,
  filed_on     DATE        NOT NULL,
  result       VARCHAR(20) NULL,
  decided_on   DATE        NULL,
  CONSTRAINT pk_stat_disclosure_appeal PRIMARY KEY (case_id, appeal_id)
);
CREATE INDEX ix_stat_appeal_filed ON stat_disclosure_appeal (agency_code, filed_on);

CREATE TABLE stat_complaint_case (
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
  CONSTRAINT pk_stat_complaint_case PRIMARY KEY (case_id)
);
CREATE INDEX ix_stat_complaint_received ON stat_complaint_case (agency_code, received_on);

CREATE TABLE stat_projection_offset (
  topic         VARCHAR(200) NOT NULL,
  partition_no  INT          NOT NULL,
  next_offset   BIGINT       NOT NULL,
  CONSTRAINT pk_stat_projection_offset PRIMARY KEY (topic, partition_no)
);
