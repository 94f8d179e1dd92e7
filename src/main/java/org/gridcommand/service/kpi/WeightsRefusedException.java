package org.gridcommand.service.kpi;

import java.util.List;

/**
 * New weights that cannot be used, and why, as a message key and its values for the console's and command line's
 * bundles ({@code kpi.weights.refused.<key>}). Nothing was changed.
 */
public final class WeightsRefusedException extends RuntimeException {
    private final String key;
    private final List<String> args;

    public WeightsRefusedException(String key, String... args) {
        super(key + " " + String.join(", ", args));
        this.key = key;
        this.args = List.of(args);
    }

    /** e.g. "sum" (weights must add up to 100) */
    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
