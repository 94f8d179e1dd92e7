-- The event closed loop (issue 4): dispatch rules as data, co-handlers, notices of supervision, the working
-- calendar, and the columns and indexes the open-event queue needs at 1,000,000 events.
-- One DDL for H2 and PostgreSQL.

ALTER TABLE event ADD COLUMN merged_into_id BIGINT;
-- IN_GRID / OUTSIDE_GRIDS / NO_COORDINATES: an event outside every grid is flagged, never lost
ALTER TABLE event ADD COLUMN placement VARCHAR(16);
-- when the time limits started (registration); the yellow warning is a share of the limit
ALTER TABLE event ADD COLUMN limit_started_at TIMESTAMP WITH TIME ZONE;

-- the unit a step concerns (the unit dispatched to, the unit escalated to), for "dispatched by 李娜 to 城管局"
ALTER TABLE event_transition ADD COLUMN unit_id BIGINT;

-- the queue sorts by deadline and filters by area at any level
CREATE INDEX event_due_idx ON event (handling_due_at);
CREATE INDEX event_street_due_idx ON event (street_id, handling_due_at);
CREATE INDEX event_community_due_idx ON event (community_id, handling_due_at);
CREATE INDEX event_micro_grid_idx ON event (micro_grid_id);
CREATE INDEX event_lead_unit_idx ON event (lead_unit_id);
-- duplicates: same category within a time window
CREATE INDEX event_category_reported_idx ON event (category_id, reported_at);

-- 智能分拨预案: category code (or prefix) + optional area code prefix -> lead unit + co-handlers.
-- The most specific rule wins (longest category code, then longest area prefix, then priority).
CREATE TABLE dispatch_rule (
    id                 BIGINT PRIMARY KEY,
    category_code      VARCHAR(40)  NOT NULL,
    area_code_prefix   VARCHAR(40),
    lead_unit_code     VARCHAR(40)  NOT NULL,
    co_handler_codes   VARCHAR(400),
    priority           INTEGER      NOT NULL DEFAULT 0,
    note               VARCHAR(200)
);
CREATE INDEX dispatch_rule_category_idx ON dispatch_rule (category_code);

-- the co-handling units of the current dispatch (the history keeps every earlier dispatch in its notes)
CREATE TABLE event_co_handler (
    id          BIGINT PRIMARY KEY,
    event_id    BIGINT NOT NULL REFERENCES event (id),
    unit_id     BIGINT NOT NULL REFERENCES unit (id),
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_co_handler_unique UNIQUE (event_id, unit_id)
);

-- who was told about a supervision (督办) or an escalation; append-only like the history
CREATE TABLE event_notice (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    unit_id    BIGINT      NOT NULL REFERENCES unit (id),
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    message    VARCHAR(1000)
);
CREATE INDEX event_notice_unit_idx ON event_notice (unit_id, sent_at);
CREATE INDEX event_notice_event_idx ON event_notice (event_id);

-- holidays (workday = FALSE) and make-up working days on a weekend (调休, workday = TRUE)
CREATE TABLE working_calendar_day (
    calendar_date DATE PRIMARY KEY,
    workday       BOOLEAN NOT NULL,
    name          VARCHAR(60)
);
