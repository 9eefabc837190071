-- A scheduled task that must run on one node at a time holds its row until locked_until.
CREATE TABLE scheduled_lock (
  name         VARCHAR(64)  NOT NULL,
  locked_until DATETIME(6)  NOT NULL,
  locked_by    VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
);
