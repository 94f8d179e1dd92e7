-- The triage desk (待立案, issue 10): what a ticket's own system called it, the 事项 officers chose for such
-- categories (so the next import maps them), and who acknowledged the alarm of a 特急 report. One DDL for H2
-- and PostgreSQL. Nothing here is history: the event's own history lines are written by the closed loop.

-- The sender's category text of a ticket that arrived without a mapped 事项 (e.g. 12345 "占道摆摊"), by the
-- ticket's channel and number, as the import read it.
CREATE TABLE ticket_source_category (
    channel           VARCHAR(16)  NOT NULL,
    external_id       VARCHAR(80)  NOT NULL,
    external_category VARCHAR(200) NOT NULL,
    PRIMARY KEY (channel, external_id)
);

-- "Remember this mapping": a channel's own category → the 事项 an officer chose for it; the latest choice wins.
CREATE TABLE remembered_category (
    channel           VARCHAR(16)  NOT NULL,
    external_category VARCHAR(200) NOT NULL,
    category_code     VARCHAR(40)  NOT NULL,
    remembered_by     VARCHAR(60)  NOT NULL,
    remembered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (channel, external_category)
);

-- The alarm of a 特急 report sounds on every console until one officer at a triage desk acknowledges it.
CREATE TABLE report_acknowledgement (
    event_id         BIGINT PRIMARY KEY REFERENCES event (id),
    acknowledged_by  VARCHAR(60) NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
