/**
 * Bulk inserts on plain JDBC for generated and imported data (hundreds of thousands of rows), inside a
 * transaction the caller owns.
 * <p>
 * Geometries go in as WKB through {@code ST_GeomFromWKB(?, 4326)}, which PostGIS and H2GIS both provide, so one
 * statement serves both databases. Rows per statement differ by vendor because the measurements did: embedded H2
 * is fastest with one row per statement in a JDBC batch, PostgreSQL with 100-row multi-value statements.
 */
package org.gridcommand.store.bulk;
