package org.gridcommand.demo;

/**
 * How big the generated city is. {@link #FULL} is the demo city the console ships with (the scale real districts
 * report); {@link #SMALL} keeps every kind of data but few of each, for fast tests.
 */
public record DemoScale(int streets, int communities, int grids, int cameras, int sensors, int warehouses,
                        int teams, int experts, int plans, int events, double blockMetres) {

    public static final DemoScale FULL = new DemoScale(12, 130, 1360, 1300, 420, 73, 90, 566, 33, 100_000, 220);

    public static final DemoScale SMALL = new DemoScale(4, 12, 60, 50, 40, 6, 8, 24, 11, 3_000, 600);

    public DemoScale {
        if (streets < 1 || streets > PlaceNames.STREETS.size() || communities < streets || grids < communities) {
            throw new IllegalArgumentException("implausible scale " + this);
        }
    }
}
