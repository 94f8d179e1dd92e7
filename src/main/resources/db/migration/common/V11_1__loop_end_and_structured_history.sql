-- The end of the closed loop (issue 10): return visits, closed and cancelled events found again, photos where a
-- category needs them, and history that stores what happened (step + parameters) instead of a bilingual text.
-- One DDL for H2 and PostgreSQL.

-- what happened, as JSON parameters of the step (e.g. {"lead":"城管局","co":["住建局"]}); each console renders
-- it in its own language. NULL on rows written before: their note is read as it was written.
ALTER TABLE event_transition ADD COLUMN params VARCHAR(2000);
ALTER TABLE event_notice ADD COLUMN params VARCHAR(1000);

-- 处理反馈 and 核查通过 of this 事项 need a photo of the site
ALTER TABLE category ADD COLUMN photo_required BOOLEAN NOT NULL DEFAULT FALSE;

-- 回访: PENDING once a reported event is closed, RATED after the reporter's rating, UNREACHABLE after the last
-- failed try; NULL when no visit is due (open, or nobody to call back). Tries count the failed calls.
ALTER TABLE event ADD COLUMN return_visit VARCHAR(12);
ALTER TABLE event ADD COLUMN visit_tries INTEGER NOT NULL DEFAULT 0;
CREATE INDEX event_return_visit_idx ON event (return_visit, closed_at);

-- closed and cancelled events are listed newest first
CREATE INDEX event_state_closed_idx ON event (state, closed_at);
CREATE INDEX event_state_reported_idx ON event (state, reported_at);

-- rules of the center that every console shares (e.g. how many times a reporter is called back)
CREATE TABLE center_rule (
    rule_name  VARCHAR(60) PRIMARY KEY,
    rule_value VARCHAR(200) NOT NULL
);
INSERT INTO center_rule (rule_name, rule_value) VALUES ('return_visit.tries', '3');
