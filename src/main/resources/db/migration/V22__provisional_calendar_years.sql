-- A complaint's time limit is counted again when a holiday schedule changes: keep the extension of
-- the current round (extension_working_days adds up every round's). Rows extended in an earlier
-- round as well get the total, the best the stored columns tell.
ALTER TABLE complaint ADD COLUMN round_extension_working_days INT NOT NULL DEFAULT 0;
UPDATE complaint SET round_extension_working_days = extension_working_days
  WHERE extended_in_round IS NOT NULL AND extended_in_round = reopen_count;

-- The official schedules that open cases have been counted over. A release that ships a year not
-- listed here (the State Council's notice for a year that was provisional) recomputes open cases
-- once, on the first start of that release.
CREATE TABLE calendar_official_year (
  schedule_year INT          NOT NULL,
  source        VARCHAR(500) NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (schedule_year)
);
