-- GridCommand reference model. One DDL for H2 (+H2GIS) and PostgreSQL (+PostGIS).
-- Ids are assigned by the application from id_seq (blocks of 1000), so both databases batch inserts.

CREATE SEQUENCE id_seq START WITH 1000 INCREMENT BY 1000;

CREATE TABLE app_setting (
    name  VARCHAR(80) PRIMARY KEY,
    setting_value VARCHAR(4000)
);

CREATE TABLE area (
    id         BIGINT PRIMARY KEY,
    level      VARCHAR(16)  NOT NULL,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    name       VARCHAR(100) NOT NULL,
    parent_id  BIGINT REFERENCES area (id),
    households INTEGER      NOT NULL DEFAULT 0,
    boundary   GEOMETRY(GEOMETRY, 4326)
);
CREATE INDEX area_parent_idx ON area (parent_id);
CREATE INDEX area_level_idx ON area (level);

CREATE TABLE unit (
    id        BIGINT PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL UNIQUE,
    name      VARCHAR(100) NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    level     VARCHAR(16)  NOT NULL,
    area_id   BIGINT REFERENCES area (id),
    parent_id BIGINT REFERENCES unit (id),
    phone     VARCHAR(40)
);
CREATE INDEX unit_area_idx ON unit (area_id);

CREATE TABLE person (
    id      BIGINT PRIMARY KEY,
    code    VARCHAR(40) NOT NULL UNIQUE,
    name    VARCHAR(60) NOT NULL,
    role    VARCHAR(20) NOT NULL,
    unit_id BIGINT REFERENCES unit (id),
    area_id BIGINT REFERENCES area (id),
    phone   VARCHAR(40)
);

CREATE TABLE category (
    id                BIGINT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL UNIQUE,
    name              VARCHAR(100) NOT NULL,
    tier              VARCHAR(8)   NOT NULL,
    kind              VARCHAR(12)  NOT NULL,
    parent_id         BIGINT REFERENCES category (id),
    difficulty        VARCHAR(8),
    default_unit_code VARCHAR(40),
    response_minutes  INTEGER NOT NULL DEFAULT 0,
    onsite_minutes    INTEGER NOT NULL DEFAULT 0,
    handling_minutes  INTEGER NOT NULL DEFAULT 0,
    working_hours     BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE camera (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL UNIQUE,
    name       VARCHAR(100) NOT NULL,
    location   GEOMETRY(POINT, 4326),
    area_id    BIGINT REFERENCES area (id),
    online     BOOLEAN NOT NULL DEFAULT TRUE,
    ai_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    stream_url VARCHAR(500)
);

CREATE TABLE sensor (
    id                BIGINT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL UNIQUE,
    name              VARCHAR(100) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    location          GEOMETRY(POINT, 4326),
    area_id           BIGINT REFERENCES area (id),
    measure_unit      VARCHAR(12),
    warning_threshold DOUBLE PRECISION NOT NULL,
    alarm_threshold   DOUBLE PRECISION NOT NULL,
    last_value        DOUBLE PRECISION,
    last_reading_at   TIMESTAMP WITH TIME ZONE,
    state             VARCHAR(10) NOT NULL
);

CREATE TABLE warehouse (
    id       BIGINT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL UNIQUE,
    name     VARCHAR(100) NOT NULL,
    location GEOMETRY(POINT, 4326),
    address  VARCHAR(200),
    area_id  BIGINT REFERENCES area (id),
    keeper   VARCHAR(60),
    phone    VARCHAR(40)
);

CREATE TABLE stock_item (
    id           BIGINT PRIMARY KEY,
    warehouse_id BIGINT      NOT NULL REFERENCES warehouse (id),
    item_code    VARCHAR(40) NOT NULL,
    item_name    VARCHAR(60) NOT NULL,
    measure_unit VARCHAR(12),
    quantity     INTEGER NOT NULL,
    reserved     INTEGER NOT NULL DEFAULT 0,
    version      BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT stock_item_unique UNIQUE (warehouse_id, item_code),
    CONSTRAINT stock_item_reserved_ok CHECK (reserved >= 0 AND reserved <= quantity)
);

CREATE TABLE team (
    id        BIGINT PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL UNIQUE,
    name      VARCHAR(100) NOT NULL,
    skills    VARCHAR(200) NOT NULL,
    headcount INTEGER NOT NULL,
    status    VARCHAR(12) NOT NULL,
    location  GEOMETRY(POINT, 4326),
    leader    VARCHAR(60),
    phone     VARCHAR(40),
    version   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE expert (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(60) NOT NULL,
    field        VARCHAR(40) NOT NULL,
    title        VARCHAR(40),
    organization VARCHAR(100),
    phone        VARCHAR(40),
    location     GEOMETRY(POINT, 4326),
    available    BOOLEAN NOT NULL DEFAULT TRUE,
    version      BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE plan (
    id       BIGINT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    revision INTEGER      NOT NULL,
    name     VARCHAR(100) NOT NULL,
    type     VARCHAR(24)  NOT NULL,
    summary  VARCHAR(1000),
    is_current BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT plan_revision_unique UNIQUE (code, revision)
);

CREATE TABLE plan_level (
    id                BIGINT PRIMARY KEY,
    plan_id           BIGINT     NOT NULL REFERENCES plan (id),
    level             VARCHAR(4) NOT NULL,
    trigger_condition VARCHAR(500),
    actions           VARCHAR(10000),
    needs             VARCHAR(10000),
    CONSTRAINT plan_level_unique UNIQUE (plan_id, level)
);

CREATE TABLE event (
    id                BIGINT PRIMARY KEY,
    number            VARCHAR(40)  NOT NULL UNIQUE,
    title             VARCHAR(200) NOT NULL,
    description       VARCHAR(4000),
    channel           VARCHAR(16)  NOT NULL,
    external_id       VARCHAR(80),
    category_id       BIGINT REFERENCES category (id),
    state             VARCHAR(16)  NOT NULL,
    urgency           VARCHAR(10)  NOT NULL,
    location          GEOMETRY(POINT, 4326),
    address           VARCHAR(300),
    micro_grid_id     BIGINT,
    grid_id           BIGINT,
    community_id      BIGINT,
    street_id         BIGINT,
    lead_unit_id      BIGINT,
    reporter          VARCHAR(60),
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response_due_at   TIMESTAMP WITH TIME ZONE,
    handling_due_at   TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    satisfaction      VARCHAR(20),
    supervision_count INTEGER NOT NULL DEFAULT 0,
    version           BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX event_state_idx ON event (state, handling_due_at);
CREATE INDEX event_reported_idx ON event (reported_at);
CREATE INDEX event_grid_idx ON event (grid_id);
CREATE INDEX event_external_idx ON event (channel, external_id);

-- Append-only: the service layer only ever inserts here.
CREATE TABLE event_transition (
    id         BIGINT PRIMARY KEY,
    event_id   BIGINT      NOT NULL REFERENCES event (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(60) NOT NULL,
    action     VARCHAR(20) NOT NULL,
    from_state VARCHAR(16),
    to_state   VARCHAR(16) NOT NULL,
    note       VARCHAR(2000)
);
CREATE INDEX event_transition_event_idx ON event_transition (event_id, occurred_at);

-- The offline base map's vector features; raster tiles are rendered from them.
CREATE TABLE basemap_feature (
    id       BIGINT PRIMARY KEY,
    kind     VARCHAR(16) NOT NULL,
    name     VARCHAR(100),
    min_zoom INTEGER NOT NULL DEFAULT 0,
    geometry GEOMETRY(GEOMETRY, 4326)
);
