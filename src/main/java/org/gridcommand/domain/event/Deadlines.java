package org.gridcommand.domain.event;

import java.time.Duration;
import java.time.Instant;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;

/**
 * The response and handling deadlines of an event of a category, starting at registration. A category that
 * says {@code working_hours} counts only working time on the calendar; the others count the clock round. A limit
 * of 0 minutes means "no limit" (null).
 */
public record Deadlines(Instant startedAt, Instant responseDue, Instant handlingDue) {

    public static Deadlines of(Category category, Instant start, WorkingCalendar calendar) {
        return new Deadlines(start,
                due(start, category.getResponseMinutes(), category.isWorkingHours(), calendar),
                due(start, category.getHandlingMinutes(), category.isWorkingHours(), calendar));
    }

    private static Instant due(Instant start, int minutes, boolean workingHours, WorkingCalendar calendar) {
        if (minutes <= 0) {
            return null;
        }
        Duration limit = Duration.ofMinutes(minutes);
        return workingHours ? calendar.plusWorkingTime(start, limit) : start.plus(limit);
    }

    /** Writes these deadlines on {@code event}. */
    public void applyTo(Event event) {
        event.setDeadlines(startedAt, responseDue, handlingDue);
    }
}
