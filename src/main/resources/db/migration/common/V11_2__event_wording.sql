-- Titles and descriptions the system writes (an emergency plan's task events) are stored as what they say, a
-- message key and its arguments as JSON ({"key":"activationTask","args":["YA-FLOOD-01","IV","区水利水务局：…"]}),
-- so that each console words them in its own language (issue 10). NULL: the title and description are the
-- reporter's own words, shown as written. One DDL for H2 and PostgreSQL.
ALTER TABLE event ADD COLUMN wording VARCHAR(1000);
