-- One event per (channel, external_id): two senders posting the same report at the same moment both passed the
-- look-up and both inserted (issue 9). The loser of that race now hits this constraint and is answered with the
-- winner's event. NULLs stay allowed, and distinct, on both databases. V9_1 resolved older duplicates first.
ALTER TABLE event ADD CONSTRAINT event_external_unique UNIQUE (channel, external_id);
DROP INDEX event_external_idx;
