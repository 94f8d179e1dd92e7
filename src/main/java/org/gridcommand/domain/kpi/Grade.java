package org.gridcommand.domain.kpi;

/** The grade of a composite score (0–100): A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, else E. */
public enum Grade {
    A(90), B(75), C(60), D(40), E(Double.NEGATIVE_INFINITY);

    private final double from;

    Grade(double from) {
        this.from = from;
    }

    public static Grade of(double score) {
        for (Grade g : values()) {
            if (score >= g.from) {
                return g;
            }
        }
        return E;
    }
}
