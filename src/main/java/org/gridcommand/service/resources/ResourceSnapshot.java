package org.gridcommand.service.resources;

import java.time.Instant;
import java.util.List;

/**
 * Every warehouse stock, team and expert with a known position, read in one transaction so that lookups and
 * proposals work on one consistent picture without touching the database again.
 */
public record ResourceSnapshot(List<StockSnapshot> stock, List<TeamSnapshot> teams, List<ExpertSnapshot> experts,
                               Instant readAt) {
    public ResourceSnapshot {
        stock = List.copyOf(stock);
        teams = List.copyOf(teams);
        experts = List.copyOf(experts);
    }
}
