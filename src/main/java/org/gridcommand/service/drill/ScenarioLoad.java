package org.gridcommand.service.drill;

import java.util.List;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioProblem;

/** A scenario as read from its file, and everything wrong with it (the scenario is null when it could not be read). */
public record ScenarioLoad(Scenario scenario, List<ScenarioProblem> problems) {
    public ScenarioLoad {
        problems = List.copyOf(problems);
    }

    /** True when the scenario can be run: read, and nothing wrong with it. */
    public boolean clean() {
        return scenario != null && problems.isEmpty();
    }
}
