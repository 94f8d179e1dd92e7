-- History is append-only in the database itself (issue 12): an UPDATE, DELETE or TRUNCATE of a history line or a
-- notice is refused by a trigger, whoever sends it (a separate owner role would need the server administrator;
-- the trigger protects every installation the same way).
CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history is append-only: % of % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER event_transition_append_only BEFORE UPDATE OR DELETE ON event_transition
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER event_transition_no_truncate BEFORE TRUNCATE ON event_transition
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER event_notice_append_only BEFORE UPDATE OR DELETE ON event_notice
    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();
CREATE TRIGGER event_notice_no_truncate BEFORE TRUNCATE ON event_notice
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
