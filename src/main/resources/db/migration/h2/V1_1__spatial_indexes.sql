CREATE SPATIAL INDEX area_boundary_sidx ON area (boundary);
CREATE SPATIAL INDEX event_location_sidx ON event (location);
