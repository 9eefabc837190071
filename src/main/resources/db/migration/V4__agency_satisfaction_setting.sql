-- Whether a 基本满意 rating counts as satisfied in the agency's 满意率 (DOMAIN.md §3); NULL follows
-- the system default (gongkai.statistics.basically-satisfied-counts).
ALTER TABLE agency ADD COLUMN basically_satisfied_counts BOOLEAN NULL;
