package org.gridcommand.domain.drill;

import java.time.Duration;

/**
 * How one expected action came out: met or missed, when it was done (scenario time) and how long after its
 * inject was delivered. {@code doneAt} and {@code delay} are null for a miss.
 */
public record ActionResult(int inject, ExpectedAction expected, Duration deliveredAt, boolean met, Duration doneAt,
                           Duration delay) {
    public int pointsEarned() {
        return met ? expected.points() : 0;
    }
}
