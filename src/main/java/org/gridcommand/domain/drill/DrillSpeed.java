package org.gridcommand.domain.drill;

/** The speeds a trainer can run a drill at. */
public enum DrillSpeed {
    X1(1), X2(2), X5(5), X10(10), X60(60);

    private final int factor;

    DrillSpeed(int factor) {
        this.factor = factor;
    }

    public int factor() {
        return factor;
    }

    /** The speed for a factor such as 60, or null when it is not one of the offered ones. */
    public static DrillSpeed of(int factor) {
        for (DrillSpeed s : values()) {
            if (s.factor == factor) {
                return s;
            }
        }
        return null;
    }
}
