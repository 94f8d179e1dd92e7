package org.gridcommand.domain.event;

/** Where an event landed when it was located. An event outside every grid is flagged, never dropped. */
public enum Placement {
    /** inside a grid (and usually a micro-grid) */
    IN_GRID,
    /** it has coordinates, but they fall outside every grid: the center must place it by hand */
    OUTSIDE_GRIDS,
    /** it came without coordinates (e.g. a hotline ticket with an address only) */
    NO_COORDINATES
}
