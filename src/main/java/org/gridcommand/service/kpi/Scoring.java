package org.gridcommand.service.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.kpi.Grade;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.ScoreWeight;

/**
 * Composite scores: each part's 0–100 score times its weight, divided by the weights of the parts that have a
 * value (a unit with nothing due this month is scored on the parts it has). A row without any rate to judge it by
 * (only a volume) gets no score: a handful of events is not a ranking.
 */
final class Scoring {
    private Scoring() {
    }

    /** The scored rows of {@code table}, best first (ties by name). */
    static List<Score> rank(IndicatorTable table, List<ScoreWeight> weights) {
        Map<Indicator, Double> largest = new LinkedHashMap<>();
        for (ScoreWeight w : weights) {
            largest.put(w.indicator(), table.rows().stream().filter(r -> r.key() != null)
                    .map(r -> r.value(w.indicator())).filter(v -> v != null).mapToDouble(Double::doubleValue)
                    .max().orElse(0));
        }
        List<Score> scores = new ArrayList<>();
        for (IndicatorRow row : table.rows()) {
            if (row.key() == null) {
                continue;
            }
            double sum = 0;
            double weightSum = 0;
            boolean rated = false;
            Map<Indicator, Double> parts = new LinkedHashMap<>();
            for (ScoreWeight w : weights) {
                Double part = w.score(row.value(w.indicator()), largest.get(w.indicator()));
                parts.put(w.indicator(), part);
                if (part != null && w.weight() > 0) {
                    sum += part * w.weight();
                    weightSum += w.weight();
                    rated |= w.form() != ScoreWeight.Form.VOLUME;
                }
            }
            if (rated) {
                double score = sum / weightSum;
                scores.add(new Score(row.key(), row.name(), score, Grade.of(score), parts));
            }
        }
        scores.sort(Comparator.comparingDouble(Score::score).reversed().thenComparing(Score::name));
        return scores;
    }
}
