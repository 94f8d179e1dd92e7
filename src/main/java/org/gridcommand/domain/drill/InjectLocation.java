package org.gridcommand.domain.drill;

/** Where an inject happens: a grid code, or coordinates (WGS84), or both. */
public record InjectLocation(String grid, Double lon, Double lat) {
    public static final InjectLocation NONE = new InjectLocation(null, null, null);

    public boolean hasPoint() {
        return lon != null && lat != null;
    }

    public boolean isEmpty() {
        return grid == null && !hasPoint();
    }
}
