-- Handover logs are append-only in the database itself, like the event history (V13_2, whose function refuses):
-- an UPDATE, DELETE or TRUNCATE of a pack, an item, an acknowledgement or a taking over is refused by a trigger.
CREATE TRIGGER handover_append_only BEFORE UPDATE OR DELETE ON handover
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_no_truncate BEFORE TRUNCATE ON handover
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_item_append_only BEFORE UPDATE OR DELETE ON handover_item
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_item_no_truncate BEFORE TRUNCATE ON handover_item
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_ack_append_only BEFORE UPDATE OR DELETE ON handover_ack
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_ack_no_truncate BEFORE TRUNCATE ON handover_ack
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_takeover_append_only BEFORE UPDATE OR DELETE ON handover_takeover
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER handover_takeover_no_truncate BEFORE TRUNCATE ON handover_takeover
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
