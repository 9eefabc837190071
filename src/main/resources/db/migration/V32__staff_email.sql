-- A staff member's optional e-mail address (personal data: never logged in clear).
ALTER TABLE staff ADD COLUMN email VARCHAR(254) NULL;

-- Each leader gets each published weekly digest by mail once: one row per digest and leader,
-- recorded with the publication and marked when the mail server took the message. A row still
-- PENDING is retried; another node or a second publication finds it and sends nothing.
CREATE TABLE supervision_digest_delivery (
  agency_code           VARCHAR(64)  NOT NULL,
  iso_week              VARCHAR(8)   NOT NULL,
  include_subordinates  BOOLEAN      NOT NULL,
  username              VARCHAR(64)  NOT NULL,
  state                 VARCHAR(12)  NOT NULL,
  recorded_at           DATETIME(6)  NOT NULL,
  attempts              INT          NOT NULL,
  next_attempt_at       DATETIME(6)  NOT NULL,
  sent_at               DATETIME(6)  NULL,
  last_failure          VARCHAR(500) NULL,
  CONSTRAINT pk_supervision_digest_delivery
    PRIMARY KEY (agency_code, iso_week, include_subordinates, username),
  CONSTRAINT fk_supervision_digest_delivery_digest
    FOREIGN KEY (agency_code, iso_week, include_subordinates)
    REFERENCES supervision_digest (agency_code, iso_week, include_subordinates),
  CONSTRAINT fk_supervision_digest_delivery_staff FOREIGN KEY (username) REFERENCES staff (username)
);
CREATE INDEX ix_supervision_digest_delivery_due ON supervision_digest_delivery (state, next_attempt_at);
