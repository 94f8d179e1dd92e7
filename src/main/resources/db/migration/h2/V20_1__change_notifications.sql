-- The embedded file has no LISTEN/NOTIFY: a console on it polls (see the PostgreSQL V20_1). This file keeps the
-- version in both vendor folders (ADR 0006).
SELECT 1;
