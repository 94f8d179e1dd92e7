package org.gridcommand.domain.drill;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A tabletop drill's script: header (name, objectives, the city state it starts from, the scenario start time)
 * and the injects in order. Players never see it; the trainer writes it and the drill delivers it.
 */
public record Scenario(String name, String description, OffsetDateTime start, String cityState,
                       List<Objective> objectives, List<Inject> injects) {
    public Scenario {
        objectives = List.copyOf(objectives);
        injects = List.copyOf(injects);
    }

    public Optional<Inject> inject(int number) {
        return injects.stream().filter(i -> i.number() == number).findFirst();
    }

    /** The injects delivered on schedule (contingency injects fire only on a miss), in time order. */
    public List<Inject> scheduled() {
        return injects.stream().filter(i -> !i.contingency())
                .sorted((a, b) -> a.at().compareTo(b.at())).toList();
    }

    public int totalPoints() {
        return injects.stream().flatMap(i -> i.expected().stream()).mapToInt(ExpectedAction::points).sum();
    }
}
