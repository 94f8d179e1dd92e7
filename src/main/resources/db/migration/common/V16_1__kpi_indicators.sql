-- Indicators (考核, issue 13): the weights of the composite scores as data an administrator can change
-- (gridcommand kpi weights), with the defaults of deployed 数字城管 practice, and the index the indicator engine
-- reads the period's history lines by. One DDL for H2 and PostgreSQL.

-- role: DEPARTMENT | INTAKE_OFFICER | GRID_WORKER; indicator: an Indicator's name; form: RATE | COMPLEMENT | VOLUME
CREATE TABLE kpi_weight (
    role       VARCHAR(20) NOT NULL,
    indicator  VARCHAR(40) NOT NULL,
    form       VARCHAR(12) NOT NULL,
    weight     DOUBLE PRECISION NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (role, indicator),
    CONSTRAINT kpi_weight_range CHECK (weight >= 0 AND weight <= 100)
);

-- 专业部门 = 10% 立案数分值 + 30% 结案率 + 30% 按期处置率 + 30% (1 − 返工率)
INSERT INTO kpi_weight VALUES ('DEPARTMENT', 'REGISTERED', 'VOLUME', 10, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('DEPARTMENT', 'CLOSURE_RATE', 'RATE', 30, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('DEPARTMENT', 'ON_TIME_HANDLING_RATE', 'RATE', 30, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('DEPARTMENT', 'REWORK_RATE', 'COMPLEMENT', 30, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
-- 受理员 = 25% 受理数分值 + 40% 核实按时派发率 + 35% 核查按时派发率 (nearest steps of our closed loop: docs/indicators.md)
INSERT INTO kpi_weight VALUES ('INTAKE_OFFICER', 'REGISTERED', 'VOLUME', 25, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('INTAKE_OFFICER', 'ON_TIME_REGISTRATION_RATE', 'RATE', 40, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('INTAKE_OFFICER', 'TIMELY_DISPATCH_RATE', 'RATE', 35, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
-- 监督员/网格员 = 40% 有效上报率 + 20% 漏报率分值 + 20% 按时核实率 + 20% 按时核查率
INSERT INTO kpi_weight VALUES ('GRID_WORKER', 'VALID_REPORT_RATE', 'RATE', 40, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('GRID_WORKER', 'MISSED_REPORT_RATE', 'COMPLEMENT', 20, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('GRID_WORKER', 'ON_TIME_REGISTRATION_RATE', 'RATE', 20, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');
INSERT INTO kpi_weight VALUES ('GRID_WORKER', 'ON_TIME_CHECK_RATE', 'RATE', 20, 'default', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08');

-- the period's history lines (registrations, dispatches, checks, 督办, 回访) are found by time
CREATE INDEX event_transition_time_idx ON event_transition (occurred_at, action, event_id);
