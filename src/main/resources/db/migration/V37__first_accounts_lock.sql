-- The row nodes lock while giving an empty system its first accounts, so that when several nodes
-- start at once on an empty database, exactly one creates them.
INSERT INTO scheduled_lock (name, locked_until, locked_by) VALUES ('first-accounts', '1970-01-01 00:00:01', 'nobody');
