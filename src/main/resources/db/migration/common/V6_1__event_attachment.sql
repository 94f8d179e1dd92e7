-- Photos and documents of an event (issue 4: duty-officer entry and the event detail). Stored in the database,
-- not in a data folder: every console on a shared server must see them. Append-only, like the history.
-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2: one DDL for both.
CREATE TABLE event_attachment (
    id           BIGINT PRIMARY KEY,
    event_id     BIGINT       NOT NULL REFERENCES event (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100),
    size_bytes   BIGINT       NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(60)  NOT NULL,
    content      BYTEA        NOT NULL
);
CREATE INDEX event_attachment_event_idx ON event_attachment (event_id);
