-- Consoles on a shared database follow each other's changes as they commit (issue 12, consoles in step): every
-- statement that changes an event or an activation NOTIFYs the table's name on one channel. PostgreSQL delivers
-- notifications at commit, to every session that LISTENs, and folds identical ones within a transaction, so a bulk
-- import sends one, not one per row. Consoles poll only while their listening connection is down.
CREATE OR REPLACE FUNCTION gridcommand_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('gridcommand_change', TG_ARGV[0]);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER event_change_notify AFTER INSERT OR UPDATE OR DELETE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION gridcommand_notify_change('event');
CREATE TRIGGER activation_change_notify AFTER INSERT OR UPDATE OR DELETE ON activation
    FOR EACH STATEMENT EXECUTE FUNCTION gridcommand_notify_change('activation');
