-- H2 2.4.240 cannot recover a file whose last process was killed while a transaction that had written to an
-- R-tree (spatial) index was unfinished and partly on disk: its start-up reads the unfinished transaction's undo
-- log before the index is opened, decodes the R-tree entries with the wrong type, and refuses the whole file
-- (ClassCastException ValueDataType -> SpatialDataType). Big imports and the demo city hit it on every kill
-- after ~10 s. Neither index served a query that needed it: st_contains does not use H2's R-tree (only the &&
-- operator does, in the search box's locate, which scans 8,600 boundaries in ~50 ms), and event locations are
-- never searched spatially in SQL. ADR 0014. PostgreSQL keeps its GiST indexes.
DROP INDEX IF EXISTS event_location_sidx;
DROP INDEX IF EXISTS area_boundary_sidx;
