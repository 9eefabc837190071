-- An idempotency key keeps the answer's status, Location and id, and a hash of the whole request
-- (method, path, body); never the response body, which may hold personal data.
ALTER TABLE idempotency_record ADD COLUMN request_hash CHAR(64) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record ADD COLUMN resource_id VARCHAR(64) NULL;
ALTER TABLE idempotency_record DROP COLUMN body;
ALTER TABLE idempotency_record DROP COLUMN content_type;
CREATE INDEX idempotency_record_by_age ON idempotency_record (created_at);
