-- Grid stations (网格工作站) and community service centres (社区服务中心 / 党群服务中心), drawn on the map wall's
-- resources layer. One DDL for H2 (+H2GIS) and PostgreSQL (+PostGIS), like warehouse in V1. A database made
-- before this version just gets the empty table; the demo generator fills it for a new demo city.
CREATE TABLE service_station (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    area_id       BIGINT REFERENCES area (id),
    location      GEOMETRY(POINT, 4326),
    address       VARCHAR(200),
    phone         VARCHAR(40),
    opening_hours VARCHAR(100),
    staff_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_station_area_idx ON service_station (area_id);
