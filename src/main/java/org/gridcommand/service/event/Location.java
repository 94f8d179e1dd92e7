package org.gridcommand.service.event;

/**
 * Where a point falls in the hierarchy: its micro-grid, grid, community and street (ids of {@code area} rows).
 * Any of them may be null; {@link #OUTSIDE_EVERY_GRID} has none.
 */
public record Location(Long microGridId, Long gridId, Long communityId, Long streetId) {
    /** The point is in no grid: the event is flagged for the center, never dropped. */
    public static final Location OUTSIDE_EVERY_GRID = new Location(null, null, null, null);

    public boolean isOutsideEveryGrid() {
        return gridId == null && microGridId == null;
    }
}
