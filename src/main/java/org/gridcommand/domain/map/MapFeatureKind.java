package org.gridcommand.domain.map;

/** What a feature of the offline base map is; the tile renderer styles each kind. */
public enum MapFeatureKind {
    /** the district's outline (land) */
    LAND,
    /** rivers and lakes (polygons) */
    WATER,
    /** parks and green belts (polygons) */
    PARK,
    /** built-up blocks (polygons) */
    BLOCK,
    /** expressways and arterials (lines) */
    ROAD_MAJOR,
    /** streets and lanes (lines) */
    ROAD_MINOR,
    /** a named place drawn as text at a point */
    LABEL
}
