-- Accounts and roles (issue 12, section 1): who signs in at a console or on the command line. Passwords are kept
-- only as Argon2id hashes (ADR 0020). One DDL for H2 and PostgreSQL.

CREATE TABLE account (
    id              BIGINT PRIMARY KEY,
    login_name      VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    -- the unit a unit operator acts for
    unit_id         BIGINT REFERENCES unit (id),
    disabled        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- wrong passwords in a row; the fifth locks the account until locked_until (application clock)
    failed_attempts INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_login_unique UNIQUE (login_name)
);

-- role: an AccountRole's name (DUTY_OFFICER, SHIFT_LEADER, UNIT_OPERATOR, COMMANDER, TRAINER, ADMINISTRATOR, VIEWER)
CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);
