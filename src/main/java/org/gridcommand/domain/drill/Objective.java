package org.gridcommand.domain.drill;

import java.util.List;

/** An exercise objective, the capability it exercises, and the targets that show it was met. */
public record Objective(String id, String title, String capability, List<String> targets) {
    public Objective {
        targets = List.copyOf(targets);
    }
}
