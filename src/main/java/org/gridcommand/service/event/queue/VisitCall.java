package org.gridcommand.service.event.queue;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;

/**
 * A closed event whose reporter the center still has to call back (回访): who to call, about what, what the unit
 * said it did ({@code handling}, its last handling report), and how many calls already reached nobody.
 * {@code version} is what the rating must carry.
 */
public record VisitCall(long id, String number, String title, String categoryName, String areaNames,
                        String address, String reporter, Channel channel, Instant reportedAt, Instant closedAt,
                        String leadUnitName, int tries, long version, String handling) {
}
