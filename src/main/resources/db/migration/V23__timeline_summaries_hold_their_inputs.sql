-- A timeline line quotes the command's text (a return or extension reason of up to 1,000
-- characters, a supervision note of up to 2,000, correction items of up to 4,000): it must hold it.
ALTER TABLE disclosure_timeline MODIFY summary TEXT NOT NULL;
ALTER TABLE complaint_timeline MODIFY summary TEXT NOT NULL;
