-- A staff member's optional e-mail address (personal data: never logged in clear).
ALTER TABLE staff ADD COLUMN email VARCHAR(254) NULL;
