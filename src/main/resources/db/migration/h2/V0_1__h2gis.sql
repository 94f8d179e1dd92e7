-- Spatial functions (ST_*) for H2. Stored in the database file; the h2gis jar must be on the classpath.
CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR "org.h2gis.functions.factory.H2GISFunctions.load";
CALL H2GIS_SPATIAL();
