-- Emergency command: activations with their board lines, audit trail, and inventory movements.
-- One DDL for H2 (+H2GIS) and PostgreSQL (+PostGIS). Ids come from id_seq like everywhere else.

CREATE TABLE activation (
    id             BIGINT PRIMARY KEY,
    plan_id        BIGINT       NOT NULL REFERENCES plan (id),
    plan_code      VARCHAR(40)  NOT NULL,
    plan_revision  INTEGER      NOT NULL,
    plan_name      VARCHAR(100) NOT NULL,
    emergency_type VARCHAR(24)  NOT NULL,
    level          VARCHAR(4)   NOT NULL,
    drill          BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(12)  NOT NULL,
    area_kind      VARCHAR(10)  NOT NULL,
    area_desc      VARCHAR(300) NOT NULL,
    area_shape     GEOMETRY(GEOMETRY, 4326),
    centre         GEOMETRY(POINT, 4326),
    radius_m       DOUBLE PRECISION,
    activated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_by   VARCHAR(60)  NOT NULL,
    stood_down_at  TIMESTAMP WITH TIME ZONE,
    stood_down_by  VARCHAR(60),
    summary        VARCHAR(2000),
    version        BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX activation_status_idx ON activation (status);

-- event_id stays empty until tasks are raised as closed-loop events.
CREATE TABLE activation_line (
    id            BIGINT PRIMARY KEY,
    activation_id BIGINT       NOT NULL REFERENCES activation (id),
    kind          VARCHAR(8)   NOT NULL,
    need_code     VARCHAR(40)  NOT NULL,
    resource_id   BIGINT       NOT NULL,
    label         VARCHAR(500) NOT NULL,
    quantity      INTEGER      NOT NULL,
    distance_m    DOUBLE PRECISION NOT NULL DEFAULT 0,
    status        VARCHAR(10)  NOT NULL,
    event_id      BIGINT,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    on_site_at    TIMESTAMP WITH TIME ZONE,
    done_at       TIMESTAMP WITH TIME ZONE,
    released_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT activation_line_quantity_ok CHECK (quantity > 0)
);
CREATE INDEX activation_line_activation_idx ON activation_line (activation_id);

-- Append-only audit trail of activations.
CREATE TABLE activation_log (
    id            BIGINT PRIMARY KEY,
    activation_id BIGINT      NOT NULL REFERENCES activation (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(60) NOT NULL,
    action        VARCHAR(20) NOT NULL,
    detail        VARCHAR(4000)
);
CREATE INDEX activation_log_activation_idx ON activation_log (activation_id, occurred_at);

-- Append-only inventory ledger.
CREATE TABLE stock_movement (
    id            BIGINT PRIMARY KEY,
    stock_item_id BIGINT      NOT NULL REFERENCES stock_item (id),
    kind          VARCHAR(10) NOT NULL,
    quantity      INTEGER     NOT NULL,
    actor         VARCHAR(60) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(500),
    activation_id BIGINT REFERENCES activation (id),
    CONSTRAINT stock_movement_quantity_ok CHECK (quantity > 0)
);
CREATE INDEX stock_movement_item_idx ON stock_movement (stock_item_id, occurred_at);
CREATE INDEX stock_movement_activation_idx ON stock_movement (activation_id);
