-- API tokens of machine clients (service accounts): each acts as a staff member of its agency with
-- its roles and units. The token itself is shown once, when it is created; only its SHA-256 (hex)
-- is kept, and every call finds its token by that hash and checks that it is neither revoked nor
-- expired.
CREATE TABLE api_token (
  id            CHAR(36)     NOT NULL,
  name          VARCHAR(100) NOT NULL,
  agency_code   VARCHAR(64)  NOT NULL,
  token_hash    CHAR(64)     NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  expires_at    DATETIME(6)  NULL,
  revoked_at    DATETIME(6)  NULL,
  revoked_by    VARCHAR(64)  NULL,
  last_used_at  DATETIME(6)  NULL,
  CONSTRAINT pk_api_token PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);

CREATE TABLE api_token_role (
  token_id  CHAR(36)    NOT NULL,
  role      VARCHAR(20) NOT NULL,
  CONSTRAINT pk_api_token_role PRIMARY KEY (token_id, role),
  CONSTRAINT fk_api_token_role_token FOREIGN KEY (token_id) REFERENCES api_token (id)
);

-- the units (departments, townships) whose tasks the token works, as for a staff member
CREATE TABLE api_token_unit (
  token_id   CHAR(36)    NOT NULL,
  unit_code  VARCHAR(64) NOT NULL,
  CONSTRAINT pk_api_token_unit PRIMARY KEY (token_id, unit_code),
  CONSTRAINT fk_api_token_unit_token FOREIGN KEY (token_id) REFERENCES api_token (id),
  CONSTRAINT fk_api_token_unit_agency FOREIGN KEY (unit_code) REFERENCES agency (code)
);
