package org.gridcommand.ui.mapwall.layers;

import java.time.Duration;

/** How far back the heat map of events looks. */
public enum HeatWindow {
    DAY(Duration.ofHours(24)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), YEAR(Duration.ofDays(365));

    private final Duration span;

    HeatWindow(Duration span) {
        this.span = span;
    }

    public Duration span() {
        return span;
    }
}
