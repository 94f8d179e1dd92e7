-- Needs a superuser the first time: create the extension as postgres when setting up the server
-- (see README, "Shared database"); afterwards this is a no-op.
CREATE EXTENSION IF NOT EXISTS postgis;
