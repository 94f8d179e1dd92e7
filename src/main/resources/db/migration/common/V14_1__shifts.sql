-- Shifts (issue 12, section 2): the duty roster (值班表), sign-in and sign-out of each officer, swaps approved by the
-- 值班长, and handovers (交接班) with every acknowledgement. One DDL for H2 and PostgreSQL. People are named by their
-- login name, as the history names them.

-- A shift of the day: minutes after midnight; an end at or before the start ends on the next day (a night shift),
-- an end of 1440 is midnight (24:00).
CREATE TABLE duty_shift (
    code         VARCHAR(20) PRIMARY KEY,
    name         VARCHAR(60) NOT NULL,
    start_minute INTEGER     NOT NULL,
    end_minute   INTEGER     NOT NULL,
    sort_order   INTEGER     NOT NULL,
    CONSTRAINT duty_shift_minutes_ok CHECK (start_minute BETWEEN 0 AND 1439 AND end_minute BETWEEN 1 AND 1440)
);
-- the three shifts of a 24-hour watch; a center with other hours changes them here
INSERT INTO duty_shift (code, name, start_minute, end_minute, sort_order) VALUES ('NIGHT', '夜班', 0, 480, 1);
INSERT INTO duty_shift (code, name, start_minute, end_minute, sort_order) VALUES ('DAY', '白班', 480, 960, 2);
INSERT INTO duty_shift (code, name, start_minute, end_minute, sort_order) VALUES ('EVENING', '中班', 960, 1440, 3);

-- Who is on a shift of a date: one 值班长 and the officers.
CREATE TABLE roster_entry (
    id           BIGINT PRIMARY KEY,
    duty_date    DATE        NOT NULL,
    shift_code   VARCHAR(20) NOT NULL REFERENCES duty_shift (code),
    leader_login VARCHAR(60) NOT NULL,
    CONSTRAINT roster_entry_unique UNIQUE (duty_date, shift_code)
);
CREATE TABLE roster_officer (
    roster_id  BIGINT      NOT NULL REFERENCES roster_entry (id),
    login_name VARCHAR(60) NOT NULL,
    PRIMARY KEY (roster_id, login_name)
);
CREATE INDEX roster_entry_date_idx ON roster_entry (duty_date);

-- 签到 / 签退 with the application clock; on_roster is false for someone who signed in without being on the roster
CREATE TABLE duty_sign (
    id            BIGINT PRIMARY KEY,
    login_name    VARCHAR(60) NOT NULL,
    duty_date     DATE        NOT NULL,
    shift_code    VARCHAR(20) NOT NULL REFERENCES duty_shift (code),
    signed_in_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_out_at TIMESTAMP WITH TIME ZONE,
    on_roster     BOOLEAN     NOT NULL
);
CREATE INDEX duty_sign_slot_idx ON duty_sign (duty_date, shift_code);
CREATE INDEX duty_sign_login_idx ON duty_sign (login_name, signed_in_at);

-- 换班: an officer asks to hand a shift to another; the 值班长 approves (the roster changes) or refuses
CREATE TABLE shift_swap (
    id           BIGINT PRIMARY KEY,
    duty_date    DATE        NOT NULL,
    shift_code   VARCHAR(20) NOT NULL REFERENCES duty_shift (code),
    from_login   VARCHAR(60) NOT NULL,
    to_login     VARCHAR(60) NOT NULL,
    reason       VARCHAR(500),
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(10) NOT NULL,
    decided_by   VARCHAR(60),
    decided_at   TIMESTAMP WITH TIME ZONE
);

-- 交接班: the pack the outgoing officer prepared, generated from the data at that moment. Append-only (V14_2):
-- acknowledgements and the taking over are rows of their own, never updates.
CREATE TABLE handover (
    id             BIGINT PRIMARY KEY,
    duty_date      DATE        NOT NULL,
    shift_code     VARCHAR(20) NOT NULL REFERENCES duty_shift (code),
    outgoing_login VARCHAR(60) NOT NULL,
    notes          VARCHAR(4000),
    prepared_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX handover_date_idx ON handover (duty_date, shift_code);

-- one thing to hand over: kind (HandoverItemKind), what it is (event number, plan, camera code…) and its title as
-- data; due_at for an event about to breach its time limit
CREATE TABLE handover_item (
    id          BIGINT PRIMARY KEY,
    handover_id BIGINT      NOT NULL REFERENCES handover (id),
    item_order  INTEGER     NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    ref_code    VARCHAR(100),
    title       VARCHAR(4000),
    due_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX handover_item_handover_idx ON handover_item (handover_id, item_order);

CREATE TABLE handover_ack (
    item_id         BIGINT PRIMARY KEY REFERENCES handover_item (id),
    acknowledged_by VARCHAR(60) NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the shift taken over: by the incoming officer once every item is acknowledged, or by a 值班长's override with
-- its reason
CREATE TABLE handover_takeover (
    handover_id     BIGINT PRIMARY KEY REFERENCES handover (id),
    taken_by        VARCHAR(60) NOT NULL,
    taken_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    override_reason VARCHAR(1000)
);
