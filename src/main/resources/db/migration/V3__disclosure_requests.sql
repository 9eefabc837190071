-- disclosure requests (政府信息公开申请): the aggregate and its collections
CREATE TABLE disclosure_request (
  id                      CHAR(36)      NOT NULL,
  entity_version          BIGINT        NOT NULL,
  case_version            BIGINT        NOT NULL,
  agency_code             VARCHAR(64)   NOT NULL,
  handling_unit           VARCHAR(64)   NOT NULL,
  tracking_number         VARCHAR(64)   NOT NULL,
  channel                 VARCHAR(20)   NOT NULL,
  submitted_at            DATETIME(6)   NOT NULL,
  received_on             DATE          NOT NULL,
  applicant_type          VARCHAR(40)   NOT NULL,
  applicant_name          VARCHAR(100)  NOT NULL,
  applicant_id_number     VARCHAR(18)   NULL,
  applicant_phone         VARCHAR(40)   NULL,
  applicant_address       VARCHAR(500)  NULL,
  applicant_organization  VARCHAR(200)  NULL,
  description             TEXT          NOT NULL,
  purpose                 VARCHAR(1000) NULL,
  delivery_method         VARCHAR(20)   NULL,
  status                  VARCHAR(30)   NOT NULL,
  clock_started_on        DATE          NOT NULL,
  extension_working_days  INT           NOT NULL,
  extension_reason        VARCHAR(1000) NULL,
  correction_requested    BOOLEAN       NOT NULL,
  correction_deadline     DATE          NULL,
  correction_items        TEXT          NULL,
  consultation_party      VARCHAR(200)  NULL,
  consultation_answer_due DATE          NULL,
  fee_amount_yuan         BIGINT        NULL,
  fee_basis               VARCHAR(20)   NULL,
  fee_quantity            INT           NULL,
  fee_payment_due         DATE          NULL,
  proposed_outcome        VARCHAR(60)   NULL,
  decision_note           TEXT          NULL,
  review_comment          TEXT          NULL,
  outcome                 VARCHAR(60)   NULL,
  finished_at             DATETIME(6)   NULL,
  finished_on             DATE          NULL,
  reply_method            VARCHAR(20)   NULL,
  due_date                DATE          NULL,
  overdue                 BOOLEAN       NOT NULL,
  linked_complaint_id     CHAR(36)      NULL,
  last_change_at          DATETIME(6)   NOT NULL,
  created_at              DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_disclosure_tracking_number UNIQUE (agency_code, tracking_number)
);
CREATE INDEX disclosure_request_by_agency_status ON disclosure_request (agency_code, status);

CREATE TABLE disclosure_pause (
  request_id CHAR(36)    NOT NULL,
  position   INT         NOT NULL,
  kind       VARCHAR(20) NOT NULL,
  started_on DATE        NOT NULL,
  ended_on   DATE        NULL,
  PRIMARY KEY (request_id, position),
  CONSTRAINT fk_disclosure_pause_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);

CREATE TABLE disclosure_appeal (
  request_id CHAR(36)    NOT NULL,
  position   INT         NOT NULL,
  appeal_id  CHAR(36)    NOT NULL,
  kind       VARCHAR(30) NOT NULL,
  filed_at   DATETIME(6) NOT NULL,
  result     VARCHAR(20) NULL,
  decided_at DATETIME(6) NULL,
  PRIMARY KEY (request_id, position),
  CONSTRAINT fk_disclosure_appeal_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
);

-- one line per event of a request, for its case page
CREATE TABLE disclosure_timeline (
  request_id   CHAR(36)      NOT NULL,
  case_version BIGINT        NOT NULL,
  event_type   VARCHAR(60)   NOT NULL,
  occurred_at  DATETIME(6)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  summary      VARCHAR(1000) NOT NULL,
  PRIMARY KEY (request_id, case_version)
);

-- tracking numbers count per agency and year of receipt
CREATE TABLE tracking_sequence (
  agency_code VARCHAR(64) NOT NULL,
  seq_year    INT         NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (agency_code, seq_year)
);
