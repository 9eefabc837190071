-- the handler asks for an extension; a reviewer of the agency grants or refuses it
ALTER TABLE complaint ADD COLUMN extension_request_days INT NULL;
ALTER TABLE complaint ADD COLUMN extension_request_reason VARCHAR(1000) NULL;
