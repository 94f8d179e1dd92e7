package org.gridcommand.service.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;

/**
 * Runs a scenario on a drill city without the console: delivers the injects at their scenario times, applies the
 * scripted player actions, checks each expected action at its deadline against the drill copy's audit trail and
 * fires the contingency inject of a miss. With {@code speed} 0 the clock jumps from moment to moment (and stands
 * still while each is handled, so the audit trail shows the exact scenario time); otherwise it runs that many
 * times faster than real time and the run waits for it.
 */
public final class HeadlessDrill {
    private final Backend city;
    private final ConsoleClock clock;
    private final double speed;
    private Instant start;

    /** {@code clock} must be the clock {@code city} was opened with (a drill city's own). */
    public HeadlessDrill(DrillCity city, ConsoleClock clock, double speed) {
        this.city = city.services();
        this.clock = clock;
        this.speed = speed;
    }

    public DrillOutcome run(Scenario scenario, List<PlayerAction> actions) throws InterruptedException {
        Instant ranAt = Instant.now();
        start = scenario.start().toInstant();
        DrillPlay play = new DrillPlay(city, scenario);
        play.addActions(actions);
        if (speed > 0) {
            clock.runAt(start, speed);
        }
        for (Optional<Duration> next = play.nextAt(); next.isPresent(); next = play.nextAt()) {
            moveClockTo(next.get());
            play.handleNext();
        }
        clock.reset();
        return new DrillOutcome(scenario, ranAt, play.timeline(), play.results());
    }

    private void moveClockTo(Duration at) throws InterruptedException {
        Instant target = start.plus(at);
        if (speed <= 0) {
            clock.stopAt(target);
            return;
        }
        Duration ahead = Duration.between(clock.instant(), target);
        if (!ahead.isNegative() && !ahead.isZero()) {
            Thread.sleep(Math.max(1, (long) (ahead.toMillis() / speed)));
        }
    }
}
