package org.gridcommand.domain.kpi;

import java.util.Locale;

/**
 * One part of a role's composite score: an indicator, how it becomes a 0–100 score, and its weight in percent.
 * The weights are data (table {@code kpi_weight}); an administrator changes them with {@code gridcommand kpi weights}.
 */
public record ScoreWeight(Role role, Indicator indicator, Form form, double weight) {

    /** How an indicator's value becomes a score. */
    public enum Form {
        /** a rate as it is (结案率 93.7 → 93.7) */
        RATE,
        /** 100 minus a rate (返工率 4 → 96; 漏报率分值) */
        COMPLEMENT,
        /** a count against the largest in the ranking (立案数分值: the most → 100, half of it → 50) */
        VOLUME;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScoreWeight {
        if (weight < 0 || weight > 100 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("a weight is a percentage from 0 to 100, not " + weight);
        }
        if ((form == Form.VOLUME) != (indicator.kind() == Indicator.Kind.COUNT)) {
            throw new IllegalArgumentException(form == Form.VOLUME
                    ? indicator.code() + " is not a count; only a count can be scored by volume"
                    : indicator.code() + " is a count; score a count by volume");
        }
    }

    /** The part's score from the indicator's value (null when the value is missing). */
    public Double score(Double value, double largestInRanking) {
        if (value == null) {
            return null;
        }
        return switch (form) {
            case RATE -> value;
            case COMPLEMENT -> 100 - value;
            case VOLUME -> largestInRanking <= 0 ? 0 : 100 * value / largestInRanking;
        };
    }
}
