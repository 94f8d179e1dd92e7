-- Indicators fast (issue 13): each event's history folded once into one row, so that a period's indicators read
-- one row per event instead of folding its history lines again on every call. Kept current from the history
-- itself by store/kpi/EventFactsTable (no hook in the history writer): before each read it compares the number of
-- history lines with the number folded (kpi_fact_mark) and folds again the events that have new lines.
-- One DDL for H2 and PostgreSQL. No foreign key to event: the table is derived data, rebuilt from the history.

CREATE TABLE kpi_event_fact (
    event_id          BIGINT PRIMARY KEY,
    line_count        INTEGER NOT NULL,
    last_line_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE,
    registered_by     VARCHAR(60),
    first_dispatch_at TIMESTAMP WITH TIME ZONE,
    handled_at        TIMESTAMP WITH TIME ZONE,
    checked_at        TIMESTAMP WITH TIME ZONE,
    last_close_at     TIMESTAMP WITH TIME ZONE,
    last_reopen_at    TIMESTAMP WITH TIME ZONE,
    cancelled         BOOLEAN NOT NULL,
    merged            BOOLEAN NOT NULL,
    deferred          BOOLEAN NOT NULL,
    returned          BOOLEAN NOT NULL,
    reworked          BOOLEAN NOT NULL
);

-- the events whose history goes on after a past "as of" (a drill's or a test's clock) are folded again up to it
CREATE INDEX kpi_event_fact_last_idx ON kpi_event_fact (last_line_at);

-- how many history lines the rows above have folded, and the highest line id seen (where new lines are looked for
-- first; ids are not in time order across consoles, so the count decides, ADR 0005)
CREATE TABLE kpi_fact_mark (
    id           INTEGER PRIMARY KEY,
    folded_lines BIGINT NOT NULL,
    max_line_id  BIGINT NOT NULL
);
INSERT INTO kpi_fact_mark VALUES (1, 0, 0);

-- a period's 应结案 are found by their handling deadline
CREATE INDEX event_handling_due_idx ON event (handling_due_at);
