-- Administrator-issued API tokens (issue 12): a command-line token acts as its account; a sender token lets one
-- sending system (grid app, sensor platform, camera platform) report on its own channel only. Only the SHA-256 of
-- the secret is kept (the secret is shown once, at issue). Exactly one of account_id and channel is set.
CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(60) NOT NULL,
    secret_hash  VARCHAR(64) NOT NULL,
    account_id   BIGINT REFERENCES account (id),
    channel      VARCHAR(20),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(60) NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(60),
    CONSTRAINT api_token_name_unique UNIQUE (name),
    CONSTRAINT api_token_secret_unique UNIQUE (secret_hash),
    CONSTRAINT api_token_acts_as CHECK ((account_id IS NULL AND channel IS NOT NULL)
        OR (account_id IS NOT NULL AND channel IS NULL))
);
