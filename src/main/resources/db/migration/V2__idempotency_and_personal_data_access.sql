-- answers to commands sent with an Idempotency-Key, replayed when the same user repeats the key
CREATE TABLE idempotency_record (
  username     VARCHAR(64)  NOT NULL,
  idem_key     VARCHAR(200) NOT NULL,
  fingerprint  VARCHAR(600) NOT NULL,
  status       INT          NOT NULL,
  content_type VARCHAR(200) NULL,
  location     VARCHAR(600) NULL,
  body         TEXT         NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (username, idem_key)
);

-- every full view of a case's personal data (name, ID number, phone, address)
CREATE TABLE personal_data_access (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  case_kind   VARCHAR(20)  NOT NULL,
  case_id     CHAR(36)     NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  accessed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX personal_data_access_by_case ON personal_data_access (case_kind, case_id);
