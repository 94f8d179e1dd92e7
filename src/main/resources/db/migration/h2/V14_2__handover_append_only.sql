-- Handover logs are append-only in the database itself, like the event history (V13_2): an UPDATE or DELETE of a
-- pack, an item, an acknowledgement or a taking over is refused by a trigger.
CREATE TRIGGER handover_append_only BEFORE UPDATE, DELETE ON handover
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
CREATE TRIGGER handover_item_append_only BEFORE UPDATE, DELETE ON handover_item
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
CREATE TRIGGER handover_ack_append_only BEFORE UPDATE, DELETE ON handover_ack
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
CREATE TRIGGER handover_takeover_append_only BEFORE UPDATE, DELETE ON handover_takeover
    FOR EACH ROW CALL 'org.gridcommand.store.event.AppendOnlyTrigger';
