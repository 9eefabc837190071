-- Spring Modulith's event publication registry (the transactional outbox)
CREATE TABLE event_publication (
  id               CHAR(36)      NOT NULL,
  listener_id      VARCHAR(512)  NOT NULL,
  event_type       VARCHAR(512)  NOT NULL,
  serialized_event TEXT          NOT NULL,
  publication_date DATETIME(6)   NOT NULL,
  completion_date  DATETIME(6)   NULL,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

-- Agencies (行政机关) in a hierarchy: a government, its departments and townships
CREATE TABLE agency (
  code        VARCHAR(64)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  parent_code VARCHAR(64)  NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (code),
  CONSTRAINT fk_agency_parent FOREIGN KEY (parent_code) REFERENCES agency (code)
);

CREATE TABLE staff (
  username        VARCHAR(64)  NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  agency_code     VARCHAR(64)  NOT NULL,
  department_code VARCHAR(64)  NULL,
  enabled         BOOLEAN      NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (username),
  CONSTRAINT fk_staff_agency FOREIGN KEY (agency_code) REFERENCES agency (code),
  CONSTRAINT fk_staff_department FOREIGN KEY (department_code) REFERENCES agency (code)
);

CREATE TABLE staff_role (
  username VARCHAR(64) NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (username, role),
  CONSTRAINT fk_staff_role_staff FOREIGN KEY (username) REFERENCES staff (username)
);

-- the units (departments, townships) whose tasks a staff member works
CREATE TABLE staff_unit (
  username  VARCHAR(64) NOT NULL,
  unit_code VARCHAR(64) NOT NULL,
  PRIMARY KEY (username, unit_code),
  CONSTRAINT fk_staff_unit_staff FOREIGN KEY (username) REFERENCES staff (username),
  CONSTRAINT fk_staff_unit_agency FOREIGN KEY (unit_code) REFERENCES agency (code)
);

-- a year's official holiday schedule entered by an administrator; overrides the shipped file
CREATE TABLE calendar_schedule (
  schedule_year    INT          NOT NULL,
  source           VARCHAR(500) NOT NULL,
  holidays         TEXT         NOT NULL,
  working_weekends TEXT         NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  updated_by       VARCHAR(64)  NOT NULL,
  PRIMARY KEY (schedule_year)
);
