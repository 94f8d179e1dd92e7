package org.gridcommand.domain.drill;

import java.time.Duration;
import java.util.List;

/**
 * What the trainer's controller view shows of a running drill at one moment: the drill clock, every inject of the
 * MSEL (delivered when, or pending), every expected action of the delivered injects (pending, met, missed), the
 * timeline so far and the players' own steps from the drill copy's audit trail, all in scenario time.
 */
public record DrillBoard(Duration elapsed, DrillClock.State state, DrillSpeed speed, List<InjectLine> injects,
                         List<ExpectedLine> expected, List<TimelineEntry> timeline, List<PlayerStep> steps) {
    public DrillBoard {
        injects = List.copyOf(injects);
        expected = List.copyOf(expected);
        timeline = List.copyOf(timeline);
        steps = List.copyOf(steps);
    }

    /**
     * An inject, when it was delivered (null: pending; a contingency inject nothing fired stays pending) and the
     * event it made in the drill city (null when it made none).
     */
    public record InjectLine(Inject inject, Duration deliveredAt, Long event) {
        public boolean delivered() {
            return deliveredAt != null;
        }
    }

    public enum Status { PENDING, MET, MISSED }

    /** An expected action of an inject; {@code doneAt} is set when met. */
    public record ExpectedLine(int inject, ExpectedAction action, Status status, Duration doneAt) {
    }

    /** A step a player took (see {@link TrailEntry}), at its scenario time. */
    public record PlayerStep(Duration at, String actor, String kind, String subject) {
    }

    /** The expected action {@code id}'s line, if its inject has been delivered. */
    public ExpectedLine expected(String id) {
        return expected.stream().filter(e -> e.action().id().equals(id)).findFirst().orElse(null);
    }
}
