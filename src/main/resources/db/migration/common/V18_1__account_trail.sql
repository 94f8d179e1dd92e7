-- The watch floor's account trail (issue 12, section 1): who took a console over from whom, who locked or signed
-- out, and every change an administrator made to an account. Rows are only ever inserted. One DDL for H2 and
-- PostgreSQL.

CREATE TABLE account_trail (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the login name of the account that acted (the one signed in at the console)
    actor       VARCHAR(60)  NOT NULL,
    -- the account acted on: the one signed in, handed over to, or changed by the administrator
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    -- an AccountChange's name: SIGNED_IN, HANDED_OVER, LOCKED, UNLOCKED, SIGNED_OUT, CREATED, ...
    action      VARCHAR(30)  NOT NULL,
    -- what changed, as the change's own values (e.g. the previous operator, the new roles); never a password
    detail      VARCHAR(400)
);

CREATE INDEX account_trail_account ON account_trail (account_id, occurred_at);
