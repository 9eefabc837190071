-- The row nodes lock while setting up at start-up (the process engine's operators group and its
-- grants, an empty system's first accounts), so that when several nodes start at once on an empty
-- database, exactly one creates them and the others find them.
INSERT INTO scheduled_lock (name, locked_until, locked_by) VALUES ('first-accounts', '1970-01-01 00:00:01', 'nobody');
