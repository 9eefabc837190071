-- one timeline for every kind of case, keyed by the kind
CREATE TABLE case_timeline (
  case_kind    VARCHAR(20) NOT NULL,
  case_id      CHAR(36)    NOT NULL,
  case_version BIGINT      NOT NULL,
  event_type   VARCHAR(60) NOT NULL,
  occurred_at  DATETIME(6) NOT NULL,
  actor        VARCHAR(64) NOT NULL,
  summary      TEXT        NOT NULL,
  PRIMARY KEY (case_id, case_version, case_kind)
);

INSERT INTO case_timeline (case_kind, case_id, case_version, event_type, occurred_at, actor, summary)
SELECT 'DISCLOSURE', request_id, case_version, event_type, occurred_at, actor, summary
FROM disclosure_timeline;

INSERT INTO case_timeline (case_kind, case_id, case_version, event_type, occurred_at, actor, summary)
SELECT 'COMPLAINT', complaint_id, case_version, event_type, occurred_at, actor, summary
FROM complaint_timeline;

DROP TABLE disclosure_timeline;
DROP TABLE complaint_timeline;
