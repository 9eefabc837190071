-- citizen complaints (群众诉求): the aggregate, its supervised items and timeline
CREATE TABLE complaint (
  id                           CHAR(36)      NOT NULL,
  entity_version               BIGINT        NOT NULL,
  case_version                 BIGINT        NOT NULL,
  agency_code                  VARCHAR(64)   NOT NULL,
  upstream_ticket_id           VARCHAR(64)   NULL,
  channel                      VARCHAR(20)   NOT NULL,
  category                     VARCHAR(20)   NOT NULL,
  urgency                      VARCHAR(10)   NOT NULL,
  area_code                    VARCHAR(64)   NULL,
  content                      TEXT          NOT NULL,
  citizen_name                 VARCHAR(100)  NOT NULL,
  citizen_phone                VARCHAR(40)   NULL,
  direct_answer                BOOLEAN       NOT NULL,
  received_at                  DATETIME(6)   NOT NULL,
  received_on                  DATE          NOT NULL,
  status                       VARCHAR(20)   NOT NULL,
  unit_code                    VARCHAR(64)   NULL,
  co_unit_codes                VARCHAR(1000) NULL,
  routed_by_table              BOOLEAN       NOT NULL,
  return_reason                VARCHAR(1000) NULL,
  return_count                 INT           NOT NULL,
  time_limit_working_days      INT           NOT NULL,
  clock_started_on             DATE          NOT NULL,
  extension_working_days       INT           NOT NULL,
  extension_reason             VARCHAR(1000) NULL,
  extended_in_round            INT           NULL,
  due_on                       DATE          NULL,
  overdue                      BOOLEAN       NOT NULL,
  reply_content                TEXT          NULL,
  resolved                     BOOLEAN       NULL,
  replied_at                   DATETIME(6)   NULL,
  replied_on_time              BOOLEAN       NULL,
  follow_up_attempts           INT           NOT NULL,
  next_follow_up_on            DATE          NULL,
  followed_up                  BOOLEAN       NOT NULL,
  reached                      BOOLEAN       NULL,
  rating                       VARCHAR(30)   NULL,
  follow_up_note               VARCHAR(2000) NULL,
  reopen_count                 INT           NOT NULL,
  closure                      VARCHAR(40)   NULL,
  closed_at                    DATETIME(6)   NULL,
  on_time                      BOOLEAN       NULL,
  merged_into_id               CHAR(36)      NULL,
  linked_disclosure_request_id CHAR(36)      NULL,
  last_change_at               DATETIME(6)   NOT NULL,
  created_at                   DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  -- the same upstream 110 / 12345 ticket makes one case
  CONSTRAINT uq_complaint_upstream_ticket UNIQUE (agency_code, upstream_ticket_id)
);
CREATE INDEX complaint_by_agency_status ON complaint (agency_code, status);
CREATE INDEX complaint_by_merged_into ON complaint (merged_into_id);
CREATE INDEX complaint_by_disclosure_request ON complaint (linked_disclosure_request_id);

CREATE TABLE complaint_supervision (
  complaint_id   CHAR(36)      NOT NULL,
  position       INT           NOT NULL,
  supervision_id CHAR(36)      NOT NULL,
  note           VARCHAR(2000) NOT NULL,
  deadline       DATE          NOT NULL,
  supervised_at  DATETIME(6)   NOT NULL,
  supervisor     VARCHAR(64)   NOT NULL,
  automatic      BOOLEAN       NOT NULL,
  PRIMARY KEY (complaint_id, position),
  CONSTRAINT fk_complaint_supervision FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- one line per event of a complaint, for its case page
CREATE TABLE complaint_timeline (
  complaint_id CHAR(36)      NOT NULL,
  case_version BIGINT        NOT NULL,
  event_type   VARCHAR(60)   NOT NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  summary      VARCHAR(1000) NOT NULL,
  PRIMARY KEY (complaint_id, case_version)
);
