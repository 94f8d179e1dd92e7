-- Indicators fast (issue 13): the lines a period's indicators find by their time (registration, dispatch, check,
-- 督办, 回访), copied narrow when their event is folded into kpi_event_fact (store/kpi/EventFactsTable): a period's
-- scan reads these three columns instead of whole history lines. One DDL for H2 and PostgreSQL.

CREATE TABLE kpi_event_line (
    event_id    BIGINT NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(20) NOT NULL
);
CREATE INDEX kpi_event_line_time_idx ON kpi_event_line (occurred_at);
CREATE INDEX kpi_event_line_event_idx ON kpi_event_line (event_id);

-- a database whose facts were folded before this table existed folds them all again (with their lines) at its
-- next indicator read
UPDATE kpi_fact_mark SET folded_lines = 0, max_line_id = 0;
