-- The deadline watch now restarts whenever a due date moves or the clock pauses or resumes, and a
-- warning date that has passed fires at once: each case remembers the due date it was last warned
-- about, so that it warns once per due date.
ALTER TABLE disclosure_request ADD COLUMN due_soon_warned_for DATE NULL;
ALTER TABLE complaint ADD COLUMN due_soon_warned_for DATE NULL;
