package org.gridcommand.domain.drill;

import java.util.Set;

/** The codes a scenario may name in one city: what the city check compares a scenario with. */
public record CityCodes(Set<String> plans, Set<String> grids, Set<String> units, Set<String> sensors,
                        Set<String> cameras, Set<String> warehouses, Set<String> teams, Set<String> items,
                        Set<String> categories) {
}
