-- History is append-only in the database itself (issue 12): an UPDATE or DELETE of a history line or a notice is
-- refused by a trigger, whoever sends it. The trigger class must be on the classpath whenever the file is opened
-- (it is in the application's jar, like H2GIS).
CREATE TRIGGER event_transition_append_only BEFORE UPDATE, DELETE ON event_transition
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
CREATE TRIGGER event_notice_append_only BEFORE UPDATE, DELETE ON event_notice
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
