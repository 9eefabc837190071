-- Leaders' instructions (批示件), supervised until the leader accepts the owner unit's answer.
CREATE TABLE supervision_instruction (
  id                CHAR(36)     NOT NULL,
  entity_version    BIGINT       NOT NULL,
  case_version      BIGINT       NOT NULL,
  agency_code       VARCHAR(64)  NOT NULL,
  last_change_at    DATETIME(6)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  tracking_number   VARCHAR(64)  NOT NULL,
  source_case_kind  VARCHAR(20)  NOT NULL,
  source_case_id    VARCHAR(64)  NOT NULL,
  text              TEXT         NOT NULL,
  owner_unit_code   VARCHAR(64)  NOT NULL,
  instructed_by     VARCHAR(64)  NOT NULL,
  registered_on     DATE         NOT NULL,
  due_on            DATE         NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  rounds            INT          NOT NULL,
  answer            TEXT         NULL,
  answered_at       DATETIME(6)  NULL,
  answered_on_time  BOOLEAN      NULL,
  leader_comment    TEXT         NULL,
  closed_at         DATETIME(6)  NULL,
  due_soon_warned   BOOLEAN      NOT NULL,
  chased            BOOLEAN      NOT NULL,
  CONSTRAINT pk_supervision_instruction PRIMARY KEY (id)
);
CREATE INDEX ix_supervision_instruction_agency ON supervision_instruction (agency_code, status, due_on);
CREATE INDEX ix_supervision_instruction_source ON supervision_instruction (source_case_id);

-- Published weekly digests: a snapshot per agency (with or without its subordinates) and ISO week,
-- never changed once stored; the next week's digest shows what changed since.
CREATE TABLE supervision_digest (
  agency_code           VARCHAR(64)  NOT NULL,
  iso_week              VARCHAR(8)   NOT NULL,
  include_subordinates  BOOLEAN      NOT NULL,
  published_at          DATETIME(6)  NOT NULL,
  body                  LONGTEXT     NOT NULL,
  CONSTRAINT pk_supervision_digest PRIMARY KEY (agency_code, iso_week, include_subordinates)
);

-- The last instruction number of each agency and year (「督〔2026〕3号」).
CREATE TABLE supervision_sequence (
  agency_code  VARCHAR(64) NOT NULL,
  seq_year     INT         NOT NULL,
  last_number  INT         NOT NULL,
  CONSTRAINT pk_supervision_sequence PRIMARY KEY (agency_code, seq_year)
);
