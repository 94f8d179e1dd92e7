CREATE INDEX area_boundary_sidx ON area USING GIST (boundary);
CREATE INDEX event_location_sidx ON event USING GIST (location);
