package org.gridcommand.service.kpi;

import java.util.Map;
import org.gridcommand.domain.kpi.Grade;
import org.gridcommand.domain.kpi.Indicator;

/** One row's composite score for a role (0–100), its grade, and the score of each weighted part. */
public record Score(Object key, String name, double score, Grade grade, Map<Indicator, Double> parts) {
}
